/**
 * Builds the task pane, the ribbon commands page and (when its source exists) the browser
 * playground. Modelled on Microsoft's Office add-in React template (yo office).
 *
 *   webpack --mode production                 -> dist/, manifest URLs rewritten to ADDIN_PROD_URL,
 *                                                pages load office.js from Microsoft's CDN
 *   webpack --mode development                -> dist/, local office.js (works with no network)
 *   webpack --mode development --env playground -> the same plus the playground page (npm run playground)
 *   webpack serve --mode development          -> https://localhost:3000 with office-addin-dev-certs
 *
 * Other --env switches: outDir=PATH (build somewhere else, used by test/build), fast (no minifying,
 * no source maps: for tests), localOffice (local office.js even in production mode).
 */
const fs = require('fs');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEFAULT_PROD_URL = 'https://showroom-desk.example.com/';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where the local copy of office.js goes inside the output directory. */
const LOCAL_OFFICE_DIR = 'office-js';
const OFFICE_JS_DIST = path.join(__dirname, 'node_modules', '@microsoft', 'office-js', 'dist');
const PLAYGROUND_ENTRY = path.join(__dirname, 'src', 'playground', 'index.tsx');
const PLAYGROUND_TEMPLATE = path.join(__dirname, 'src', 'playground', 'playground.html');

/** The production URL, always ending in '/'. */
function productionUrl() {
  const url = process.env.ADDIN_PROD_URL || DEFAULT_PROD_URL;
  return url.endsWith('/') ? url : url + '/';
}

/** https options from office-addin-dev-certs, or null (then the dev server falls back to http). */
async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    console.warn(
      '\n[showroom-desk] Could not create or read the office-addin-dev-certs certificates:\n  ' +
        (error && error.message ? error.message : String(error)) +
        '\n  Serving over plain http://localhost:3000 instead. Office only loads add-ins over https,' +
        '\n  so Excel will not open this pane; the playground and browser tests work.' +
        '\n  Fix: npx office-addin-dev-certs install (see README).\n',
    );
    return null;
  }
}

/** The local office.js and the files it loads at run time, copied beside each other. */
function localOfficeJsPatterns() {
  const to = (rel) => path.join(LOCAL_OFFICE_DIR, rel);
  return [
    { from: path.join(OFFICE_JS_DIST, 'office.js'), to: to('office.js') },
    // office.js looks the host's script up in this table, from its own folder.
    { from: path.join(OFFICE_JS_DIST, 'o15apptofilemappingtable.js'), to: to('o15apptofilemappingtable.js') },
    {
      from: 'excel-*.js',
      context: OFFICE_JS_DIST,
      to: to('[name][ext]'),
      globOptions: { ignore: ['**/*.debug.js'] },
    },
    // UI strings for the languages the add-in supports.
    { from: path.join(OFFICE_JS_DIST, 'zh-cn', 'office_strings.js'), to: to('zh-cn/office_strings.js') },
    { from: path.join(OFFICE_JS_DIST, 'en-us', 'office_strings.js'), to: to('en-us/office_strings.js') },
    { from: path.join(OFFICE_JS_DIST, 'telemetry'), to: to('telemetry'), globOptions: { ignore: ['**/*.debug.js'] } },
    { from: path.join(OFFICE_JS_DIST, 'ariatelemetry'), to: to('ariatelemetry') },
  ];
}

module.exports = async (env = {}, options = {}) => {
  const mode = options.mode || 'production';
  const dev = mode === 'development';
  const fast = Boolean(env.fast);
  const playground = Boolean(env.playground) || (dev && fs.existsSync(PLAYGROUND_ENTRY));
  const localOffice = dev || Boolean(env.playground) || Boolean(env.localOffice);
  const officeJsUrl = localOffice ? `${LOCAL_OFFICE_DIR}/office.js` : CDN_OFFICE_JS;
  const outDir = env.outDir ? path.resolve(env.outDir) : path.join(__dirname, 'dist');
  const prodUrl = productionUrl();
  const serving = Boolean(process.env.WEBPACK_SERVE);

  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
  };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
      templateParameters: { officeJsUrl },
    }),
    new HtmlWebpackPlugin({
      filename: 'commands.html',
      template: './src/commands/commands.html',
      chunks: ['commands'],
      templateParameters: { officeJsUrl },
    }),
  ];
  if (playground) {
    if (fs.existsSync(PLAYGROUND_ENTRY)) {
      entry.playground = PLAYGROUND_ENTRY;
      pages.push(
        new HtmlWebpackPlugin({
          filename: 'playground.html',
          chunks: ['playground'],
          templateParameters: { officeJsUrl },
          ...(fs.existsSync(PLAYGROUND_TEMPLATE)
            ? { template: PLAYGROUND_TEMPLATE }
            : {
                templateContent: () =>
                  '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8" />' +
                  '<meta name="viewport" content="width=device-width, initial-scale=1" />' +
                  '<link rel="icon" type="image/png" href="assets/icon-32.png" />' +
                  `<title>展厅助手 Showroom Desk playground</title><script src="${officeJsUrl}"></script>` +
                  '</head><body><div id="container"></div></body></html>',
              }),
        }),
      );
    } else {
      console.warn(
        '[showroom-desk] --env playground: src/playground/index.tsx does not exist yet; building the pane only.',
      );
    }
  }

  const copy = [
    {
      from: 'manifest*.xml',
      to: '[name][ext]',
      transform(content) {
        // Production: point every URL at the deployed site instead of the dev server.
        return dev ? content : content.toString().split(DEV_URL).join(prodUrl);
      },
    },
    { from: 'assets', to: 'assets' },
    ...(localOffice ? localOfficeJsPatterns() : []),
  ];

  const config = {
    mode,
    devtool: dev && !fast ? 'source-map' : false,
    entry,
    // dist/ also holds the compiled CLI (npm run build:cli -> dist/src, dist/bench): keep it.
    output: { path: outDir, filename: '[name].js', clean: { keep: /^(src|bench)[\\/]/ } },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.join(__dirname, 'tsconfig.json'),
              // Type-checking is `npm run typecheck`; the bundle only needs transpiling.
              transpileOnly: true,
              // ES modules let webpack tree-shake Fluent UI.
              compilerOptions: { module: 'esnext', sourceMap: dev && !fast },
            },
          },
        },
        { test: /\.(png|jpe?g|gif|svg|ico)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
      ],
    },
    plugins: [...pages, new CopyWebpackPlugin({ patterns: copy })],
    optimization: { minimize: !dev && !fast },
    performance: { hints: false },
    stats: 'errors-warnings',
    devServer: {
      hot: true,
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: outDir, watch: false },
      client: { overlay: { warnings: false } },
    },
  };

  if (serving) {
    const https = await httpsOptions();
    config.devServer.server = https ? { type: 'https', options: https } : { type: 'http' };
  }
  if (!dev) console.log(`[showroom-desk] production build: manifest URLs -> ${prodUrl}, office.js -> ${officeJsUrl}`);
  return config;
};

module.exports.DEV_URL = DEV_URL;
module.exports.DEFAULT_PROD_URL = DEFAULT_PROD_URL;
module.exports.CDN_OFFICE_JS = CDN_OFFICE_JS;
module.exports.LOCAL_OFFICE_DIR = LOCAL_OFFICE_DIR;
