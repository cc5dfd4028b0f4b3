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
const crypto = require('crypto');
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
/** The playground page's CSS, a file because the pages' policy allows no inline <style>. */
const PLAYGROUND_CSS = path.join(__dirname, 'src', 'playground', 'playground.css');

/**
 * The Content-Security-Policy every page carries (a <meta> right after the charset in its <head>, so it
 * also governs the office.js <script> after it; the add-in is hosted as static files, where no
 * header can be counted on). The pane makes no network request: this policy makes that a promise.
 *
 * - default-src 'self': anything not listed below comes from the add-in's own origin only.
 * - script-src: our bundles, plus Microsoft's office.js origin when the page loads office.js from
 *   the CDN (production). office.js then loads its host file (excel-web-16.00.js, excel-win32-...),
 *   its strings and its telemetry scripts from the same folder, so that one origin covers them.
 *   Local office.js builds (development, playground) load everything from 'self'. No
 *   'unsafe-inline' and no 'unsafe-eval': no page has an inline script, webpack's development
 *   build uses separate source maps (devtool 'source-map', not 'eval'), and the hot-update
 *   chunks are <script> files from the dev server itself.
 * - style-src 'self' plus the hash of the empty text, and no 'unsafe-inline': Fluent UI v9's
 *   Griffel and FluentProvider append EMPTY <style> elements and fill them through CSSOM
 *   insertRule. A policy does not govern insertRule, but it does block an inline <style> element,
 *   even an empty one (then it has no sheet and the pane has no styles at all: seen in Chromium);
 *   the empty text's hash admits exactly those elements and no <style> with any rule in it. React's
 *   style props go through CSSOM too. No page has its own inline <style> or style="" attribute
 *   (the playground's and the support page's CSS are files).
 * - connect-src 'self' only, and written out so no later default-src change widens it: office.js's
 *   own telemetry (oteljs / Aria, to *.pipe.aria.microsoft.com from inside the pane) is refused on
 *   purpose, and so is its older logger's hidden proxy frame (telemetryservice.firstpartyapps.
 *   oaspapps.com, framed by o15apptofilemappingtable.js and excel-win32-16.00.js; frame-src falls
 *   back to 'self'); Excel's own telemetry runs in Excel, not in this page. The dev server's hot-reload
 *   WebSocket is same-origin (CSP 3 'self' matches ws:/wss: to the page's own host and port).
 * - Not allowed, on purpose: ajax.aspnetcdn.com (MicrosoftAjax.js, loaded by office.js only for
 *   Office 2013's O15 path, which the manifest's ExcelApi requirement excludes), frame-src for the
 *   office.js CDN (office.js frames its AgaveErrorUX page only when Excel on the web runs on a host
 *   it does not trust; Microsoft's own hosts never need it).
 * - object-src 'none', base-uri 'self', form-action 'none': no plugins, no <base> redirecting our
 *   relative URLs, no form posts (base-uri and form-action do not fall back to default-src).
 *   frame-ancestors cannot be set by a <meta> (Chromium ignores it there with a console warning):
 *   Excel frames the pane, so it would have to allow Microsoft's hosts anyway.
 *
 * If office.js moves to another CDN origin, CDN_OFFICE_JS changes and the policy follows it.
 */
/** The CSP source that admits an empty inline <style> element (the sha256 of ''). */
const EMPTY_STYLE_ELEMENT = `'sha256-${crypto.createHash('sha256').update('').digest('base64')}'`;

function contentSecurityPolicy(officeJsUrl) {
  const officeOrigin = /^https:/.test(officeJsUrl) ? [new URL(officeJsUrl).origin] : [];
  const directives = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...officeOrigin],
    ['style-src', "'self'", EMPTY_STYLE_ELEMENT],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** A static page with the policy's <meta> right after its charset (a build error when it has no charset <meta>). */
function withPolicyMeta(html, policy) {
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset)
    throw new Error(
      '[showroom-desk] a page in assets/ has no <meta charset>: cannot place its Content-Security-Policy',
    );
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />${html.slice(at)}`;
}

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
  const pageParameters = { officeJsUrl, contentSecurityPolicy: contentSecurityPolicy(officeJsUrl) };
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
      templateParameters: pageParameters,
    }),
    new HtmlWebpackPlugin({
      filename: 'commands.html',
      template: './src/commands/commands.html',
      chunks: ['commands'],
      templateParameters: pageParameters,
    }),
  ];
  if (playground) {
    if (fs.existsSync(PLAYGROUND_ENTRY)) {
      entry.playground = PLAYGROUND_ENTRY;
      pages.push(
        new HtmlWebpackPlugin({
          filename: 'playground.html',
          chunks: ['playground'],
          templateParameters: pageParameters,
          ...(fs.existsSync(PLAYGROUND_TEMPLATE)
            ? { template: PLAYGROUND_TEMPLATE }
            : {
                templateContent: () =>
                  '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8" />' +
                  `<meta http-equiv="Content-Security-Policy" content="${pageParameters.contentSecurityPolicy}" />` +
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
    {
      from: 'assets',
      to: 'assets',
      // a static page (support.html) carries the same policy as the built ones
      transform: (content, from) =>
        from.endsWith('.html') ? withPolicyMeta(content.toString(), pageParameters.contentSecurityPolicy) : content,
    },
    ...(entry.playground && fs.existsSync(PLAYGROUND_CSS) ? [{ from: PLAYGROUND_CSS, to: 'playground.css' }] : []),
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
      // No Access-Control-Allow-Origin: Excel loads the pages by navigation and <script>, which
      // need no CORS, and a '*' would let any web page read what the dev server serves.
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
module.exports.contentSecurityPolicy = contentSecurityPolicy;
