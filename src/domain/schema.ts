/**
 * The workbook schema: every sheet (Excel table) and field of DESIGN.md's table.
 *
 * Each field has a stable English key (used in code, the CLI and JSON), zh-CN and
 * en-US header labels, and header synonyms so that a company's existing sheets can
 * be mapped without renaming anything (see headers.ts).
 */

export type Lang = 'zh' | 'en';

export type FieldType =
  | 'text' // free text
  | 'code' // identifier kept as text (CustomerId, StaffId, IdNumber): never a number
  | 'phone'
  | 'date'
  | 'datetime'
  | 'number'
  | 'integer'
  | 'enum'
  | 'list' // comma-separated StaffIds (Duty.OnDuty)
  | 'boolean';

export interface EnumValue {
  key: string;
  zh: string;
  en: string;
  /** Other spellings recognised when reading a cell (both languages). */
  synonyms?: string[];
}

/** Which customer kinds a field is required for. */
export type Requirement = 'always' | 'end' | 'dealer';

export interface FieldDef {
  key: string;
  zh: string;
  en: string;
  type: FieldType;
  required?: Requirement;
  values?: readonly EnumValue[];
  /** Other header labels that mean this field (both languages, compared loosely). */
  synonyms?: readonly string[];
  min?: number;
  max?: number;
  /**
   * Columns the add-in itself writes (status columns, suggestions, formulas).
   * Everything else is user data and is never written without a person's click.
   */
  owner?: 'addin';
  /** Column width in characters for sheets the add-in creates. */
  width?: number;
  /**
   * The field names a row of another sheet by its key (Ledger.CustomerId names a customer): a merge
   * re-points such cells to the kept customer, a restore points them back (domain/references.ts).
   */
  refersTo?: 'Customers';
}

export type SheetKey =
  | 'Customers'
  | 'Ledger'
  | 'Staff'
  | 'Duty'
  | 'Outings'
  | 'Calls'
  | 'Visits'
  | 'WorkLogs'
  | 'Keys'
  | 'Reviews'
  | 'Policy'
  | 'Weights';

export interface SheetDef {
  key: SheetKey;
  /** Excel table name (ASCII, stable across languages). */
  table: string;
  zh: string;
  en: string;
  synonyms?: readonly string[];
  fields: readonly FieldDef[];
}

/** Sheets that belong to the add-in alone. */
export type AddinSheetKey =
  'Issues' | 'Conflicts' | 'Audit' | 'Archive' | 'Decisions' | 'Lists' | 'Snapshot' | 'Pending';
export const ADDIN_SHEETS: Record<AddinSheetKey, { zh: string; en: string }> = {
  Issues: { zh: '校验问题', en: 'Issues' },
  Conflicts: { zh: '冲突', en: 'Conflicts' },
  Audit: { zh: '变更日志', en: 'Audit' },
  Archive: { zh: '归档', en: 'Archive' },
  Decisions: { zh: '非同一客户', en: 'NotSameCustomer' },
  Lists: { zh: '列表', en: 'Lists' },
  /** Very hidden: the daily check's fingerprint of every customer row (domain/daily). */
  Snapshot: { zh: '快照', en: 'Snapshot' },
  /** Entries a salesperson sent to the supervisor from an entry-time warning (issue 19); the daily summary lists them. */
  Pending: { zh: '待处理', en: 'Pending' },
};

// ---------------------------------------------------------------- enums

export const CUSTOMER_KINDS: readonly EnumValue[] = [
  { key: 'End', zh: '最终客户', en: 'End', synonyms: ['终端客户', '个人', '最终', 'End customer', 'End-user'] },
  { key: 'Dealer', zh: '经销商客户', en: 'Dealer', synonyms: ['经销商', '二级经销商', 'Dealer customer', 'Reseller'] },
];

export const SOURCES: readonly EnumValue[] = [
  { key: 'call', zh: '来电', en: 'Call', synonyms: ['电话', '来电咨询', 'Phone call', 'Inbound call'] },
  { key: 'walkin', zh: '到店', en: 'Walk-in', synonyms: ['上门', '展厅接待', '进店', 'Walkin', 'Walk in'] },
  { key: 'outbound', zh: '外出拓展', en: 'Outbound', synonyms: ['外拓', '外出', '陌拜', 'Field visit'] },
  { key: 'referral', zh: '转介绍', en: 'Referral', synonyms: ['介绍', '老客户介绍', 'Referred'] },
];

/** Customer stages, in the order a sale progresses (closed and lost are terminal). */
export const STAGES: readonly EnumValue[] = [
  { key: 'lead', zh: '线索', en: 'Lead', synonyms: ['潜在', '意向', 'Prospect'] },
  { key: 'negotiating', zh: '洽谈', en: 'Negotiating', synonyms: ['谈判', '跟进中', 'Negotiation'] },
  { key: 'contracted', zh: '已签约', en: 'Contracted', synonyms: ['签约', '合同', 'Contract', 'Signed'] },
  { key: 'delivered', zh: '已交车', en: 'Delivered', synonyms: ['交车', '已交付', 'Delivery'] },
  { key: 'closed', zh: '已结束', en: 'Closed', synonyms: ['结束', '完成', '合同结束', 'Done'] },
  { key: 'lost', zh: '已流失', en: 'Lost', synonyms: ['流失', '战败', '放弃'] },
];
/** Stages in which a salesperson is still working the customer. */
export const ACTIVE_STAGES = ['lead', 'negotiating', 'contracted'] as const;

export const CREDIT_STATUSES: readonly EnumValue[] = [
  { key: 'good', zh: '良好', en: 'Good', synonyms: ['好', '优', '优良', 'A'] },
  { key: 'fair', zh: '一般', en: 'Fair', synonyms: ['中', '中等', 'B', 'Average'] },
  { key: 'poor', zh: '较差', en: 'Poor', synonyms: ['差', '不良', 'C', 'Bad'] },
  { key: 'unknown', zh: '未知', en: 'Unknown', synonyms: ['待查', '不详', 'N/A'] },
];

export const LEVELS: readonly EnumValue[] = [
  { key: 'high', zh: '强', en: 'High', synonyms: ['高', '好', '优', 'Strong'] },
  { key: 'medium', zh: '中', en: 'Medium', synonyms: ['一般', '中等', 'Average'] },
  { key: 'low', zh: '弱', en: 'Low', synonyms: ['低', '差', 'Weak'] },
];

export const LOCATION_RATINGS: readonly EnumValue[] = [
  { key: 'good', zh: '优', en: 'Good', synonyms: ['好', '优越', '良好', 'Excellent'] },
  { key: 'fair', zh: '中', en: 'Fair', synonyms: ['一般', '中等', 'Average'] },
  { key: 'poor', zh: '差', en: 'Poor', synonyms: ['较差', '偏远', 'Remote'] },
];

export const SETTLEMENTS: readonly EnumValue[] = [
  { key: 'cash', zh: '现款', en: 'Cash', synonyms: ['现金', '全款', '款到发车'] },
  { key: 'transfer', zh: '转账', en: 'Bank transfer', synonyms: ['银行转账', '电汇', 'Transfer', 'Wire'] },
  { key: 'acceptance', zh: '承兑汇票', en: 'Bank acceptance', synonyms: ['承兑', '银行承兑', 'Acceptance bill'] },
  { key: 'credit', zh: '账期', en: 'On credit', synonyms: ['赊销', '月结', '挂账', 'Credit', 'Net terms'] },
  { key: 'loan', zh: '按揭', en: 'Loan', synonyms: ['贷款', '分期', 'Financing', 'Installment'] },
];

/** Ledger statuses, in the order a transaction progresses (cancelled is terminal). */
export const TXN_STATUSES: readonly EnumValue[] = [
  { key: 'contracted', zh: '已签约', en: 'Contracted', synonyms: ['签约', '下单', '已下单', 'Ordered'] },
  { key: 'delivered', zh: '已交车', en: 'Delivered', synonyms: ['交车', '已交付'] },
  { key: 'invoiced', zh: '已开票', en: 'Invoiced', synonyms: ['开票'] },
  { key: 'paid', zh: '已结清', en: 'Paid', synonyms: ['已付款', '结清', '已收款', 'Settled'] },
  { key: 'cancelled', zh: '已取消', en: 'Cancelled', synonyms: ['取消', '作废', 'Canceled', 'Void'] },
];

export const ROLES: readonly EnumValue[] = [
  { key: 'sales', zh: '销售员', en: 'Sales', synonyms: ['销售', '销售顾问', '业务员', 'Salesperson'] },
  { key: 'supervisor', zh: '展厅主管', en: 'Supervisor', synonyms: ['主管', '展厅经理', 'Showroom supervisor'] },
  { key: 'manager', zh: '部门经理', en: 'Manager', synonyms: ['汽车部经理', '经理', 'Department manager'] },
  { key: 'gm', zh: '总经理', en: 'General manager', synonyms: ['总裁', 'GM'] },
  { key: 'finance', zh: '财务', en: 'Finance', synonyms: ['财务主管', '会计', 'Accountant'] },
];

export const YES_NO: readonly EnumValue[] = [
  { key: 'true', zh: '是', en: 'Yes', synonyms: ['在职', 'Y', 'TRUE', '1', 'Active'] },
  { key: 'false', zh: '否', en: 'No', synonyms: ['离职', 'N', 'FALSE', '0', 'Inactive'] },
];

export const REVIEW_KINDS: readonly EnumValue[] = [
  { key: 'deal', zh: '业务结束评审', en: 'After deal', synonyms: ['交易评审', '最终客户评审', 'Deal'] },
  { key: 'annual', zh: '年度评审', en: 'Annual', synonyms: ['年底评审', 'Year-end'] },
  { key: 'new', zh: '新客户评审', en: 'New dealer', synonyms: ['新发展客户评审', 'New'] },
  { key: 'special', zh: '特殊评审', en: 'Special', synonyms: ['特殊要求评审', '异常评审', 'Abnormal'] },
];

export const TIERS: readonly EnumValue[] = [
  { key: 'A', zh: 'A', en: 'A', synonyms: ['A级', '重点客户', 'Key'] },
  { key: 'B', zh: 'B', en: 'B', synonyms: ['B级'] },
  { key: 'C', zh: 'C', en: 'C', synonyms: ['C级'] },
  { key: 'D', zh: 'D', en: 'D', synonyms: ['D级'] },
];

export const SERVICE_LEVELS: readonly EnumValue[] = [
  { key: 'vip', zh: '贵宾', en: 'VIP', synonyms: ['高附加值', 'Premium'] },
  { key: 'priority', zh: '优先', en: 'Priority' },
  { key: 'standard', zh: '标准', en: 'Standard' },
  { key: 'basic', zh: '基础', en: 'Basic' },
];

export const VISITORS: readonly EnumValue[] = [
  { key: 'gm', zh: '总经理', en: 'General manager', synonyms: ['GM'] },
  { key: 'manager', zh: '部门经理', en: 'Department manager', synonyms: ['经理', 'Manager'] },
  { key: 'sales', zh: '销售员', en: 'Salesperson', synonyms: ['销售', 'Sales'] },
];

export const CRITERIA: readonly EnumValue[] = [
  { key: 'credit', zh: '信用状况', en: 'Credit status' },
  { key: 'payment', zh: '付款及时性', en: 'Payment punctuality' },
  { key: 'volume', zh: '业务量', en: 'Volume' },
  { key: 'growth', zh: '增长', en: 'Growth' },
  { key: 'location', zh: '地理位置', en: 'Location' },
  { key: 'capacity', zh: '销售能力', en: 'Sales capacity' },
  { key: 'financeCredit', zh: '财务信用评分', en: 'Finance credit score' },
  { key: 'financePayment', zh: '财务付款评分', en: 'Finance payment score' },
  { key: 'rating', zh: '主管/经理评分', en: 'Supervisor/manager rating' },
];

// ---------------------------------------------------------------- sheets

/** A column that refers to a customer (Ledger, Outings, Reviews): the same header words everywhere. */
const CUSTOMER_REF_SYNONYMS = ['客户号', '客户ID', 'CustomerId'];

const STAFF_ID_SYNONYMS = ['员工编号', '工号', '员工号', '销售编号', 'Staff ID', 'Employee ID', 'Emp ID'];

export const CUSTOMERS: SheetDef = {
  key: 'Customers',
  table: 'Customers',
  zh: '客户档案',
  en: 'Customers',
  synonyms: ['客户', '客户信息', '客户资料', 'Customer', 'Customer files'],
  fields: [
    {
      key: 'CustomerId',
      zh: '客户编号',
      en: 'Customer ID',
      type: 'code',
      required: 'always',
      synonyms: ['客户号', '客户ID', '编号', 'CustomerId', 'Customer No', 'ID'],
      width: 12,
    },
    {
      key: 'Kind',
      zh: '客户类型',
      en: 'Kind',
      type: 'enum',
      required: 'always',
      values: CUSTOMER_KINDS,
      synonyms: ['类型', '客户类别', '类别', 'Type', 'Customer type'],
      width: 12,
    },
    {
      key: 'Name',
      zh: '客户名称',
      en: 'Name',
      type: 'text',
      required: 'always',
      synonyms: ['姓名', '名称', '客户名', '客户姓名', '单位名称', '公司名称', 'Customer name', 'Company'],
      width: 24,
    },
    {
      key: 'Contact',
      zh: '联系人',
      en: 'Contact',
      type: 'text',
      required: 'dealer',
      synonyms: ['联系人姓名', 'Contact person'],
      width: 10,
    },
    {
      key: 'Phone',
      zh: '电话',
      en: 'Phone',
      type: 'phone',
      required: 'always',
      synonyms: [
        '手机',
        '联系电话',
        '手机号',
        '手机号码',
        '电话号码',
        '联系方式',
        'Mobile',
        'Tel',
        'Telephone',
        'Phone number',
        'Cell',
      ],
      width: 15,
    },
    {
      key: 'IdNumber',
      zh: '证件号码',
      en: 'ID number',
      type: 'code',
      synonyms: [
        '身份证号',
        '身份证',
        '身份证号码',
        '统一社会信用代码',
        '信用代码',
        '证件号',
        'ID No',
        'USCC',
        'Credit code',
      ],
      width: 21,
    },
    {
      key: 'BirthDate',
      zh: '出生日期',
      en: 'Birth date',
      type: 'date',
      synonyms: ['生日', '出生年月', 'Birthday', 'DOB', 'Date of birth'],
      width: 12,
    },
    { key: 'City', zh: '城市', en: 'City', type: 'text', synonyms: ['所在城市', '所在地', '市'], width: 8 },
    {
      key: 'Address',
      zh: '地址',
      en: 'Address',
      type: 'text',
      synonyms: ['详细地址', '联系地址', '住址', '公司地址'],
      width: 28,
    },
    {
      key: 'Showroom',
      zh: '展厅',
      en: 'Showroom',
      type: 'text',
      required: 'always',
      synonyms: ['所属展厅', '门店', 'Store', 'Branch'],
      width: 10,
    },
    {
      key: 'Owner',
      zh: '负责销售',
      en: 'Owner',
      type: 'code',
      required: 'always',
      synonyms: [
        '销售员',
        '销售',
        '所属销售',
        '业务员',
        '经办人',
        '负责人',
        '销售顾问',
        '跟进人',
        'Salesperson',
        'Sales rep',
        'Owner ID',
      ],
      width: 10,
    },
    {
      key: 'Source',
      zh: '来源',
      en: 'Source',
      type: 'enum',
      values: SOURCES,
      synonyms: ['客户来源', '渠道', 'Channel', 'Lead source'],
      width: 10,
    },
    {
      key: 'FirstContact',
      zh: '首次接触',
      en: 'First contact',
      type: 'date',
      required: 'always',
      synonyms: ['首次接触日期', '登记日期', '首次登记', '建档日期', 'Created', 'First contact date'],
      width: 12,
    },
    {
      key: 'LastContact',
      zh: '最近跟进',
      en: 'Last contact',
      type: 'date',
      synonyms: [
        '最后跟进',
        '最后跟进日期',
        '最近联系',
        '最近联系日期',
        '最后联系日期',
        '最近跟进日期',
        'Last follow-up',
        'Last contact date',
      ],
      width: 12,
    },
    {
      key: 'Stage',
      zh: '阶段',
      en: 'Stage',
      type: 'enum',
      required: 'always',
      values: STAGES,
      synonyms: ['进展', '状态', '跟进阶段', 'Status', 'Pipeline stage'],
      width: 10,
    },
    {
      key: 'CreditStatus',
      zh: '信用状况',
      en: 'Credit status',
      type: 'enum',
      values: CREDIT_STATUSES,
      synonyms: ['信用', 'Credit'],
      width: 10,
    },
    {
      key: 'PaymentAbility',
      zh: '支付能力',
      en: 'Payment ability',
      type: 'enum',
      values: LEVELS,
      synonyms: ['付款能力', 'Ability to pay'],
      width: 10,
    },
    {
      key: 'SalesCapacity',
      zh: '销售能力',
      en: 'Sales capacity',
      type: 'enum',
      values: LEVELS,
      synonyms: ['销售实力', 'Capacity'],
      width: 10,
    },
    {
      key: 'LocationRating',
      zh: '地理位置',
      en: 'Location rating',
      type: 'enum',
      values: LOCATION_RATINGS,
      synonyms: ['位置评价', '周边基础设施', 'Location'],
      width: 10,
    },
    {
      key: 'Tier',
      zh: '客户等级',
      en: 'Tier',
      type: 'enum',
      values: TIERS,
      synonyms: ['等级', '现行等级', 'Current tier', 'Grade'],
      width: 8,
    },
    { key: 'Notes', zh: '备注', en: 'Notes', type: 'text', synonyms: ['说明', 'Remarks', 'Comment'], width: 24 },
    // Last of the user fields, so the daily check's per-field signatures keep their positions.
    {
      key: 'CoOwner',
      zh: '协助销售',
      en: 'Co-owner',
      type: 'code',
      synonyms: ['协助销售员', '协同销售', '第二销售', 'Second salesperson', 'Assisting salesperson', 'Co-salesperson'],
      width: 10,
    },
    // The add-in's own status columns, at the right edge of the table.
    { key: 'Check', zh: '校验', en: 'Check', type: 'text', owner: 'addin', width: 24 },
    {
      key: 'ConflictGroup',
      zh: '冲突组',
      en: 'Conflict group',
      type: 'text',
      owner: 'addin',
      synonyms: ['ConflictGroup'],
      width: 10,
    },
  ],
};

export const LEDGER: SheetDef = {
  key: 'Ledger',
  table: 'Ledger',
  zh: '经销商台账',
  en: 'Ledger',
  synonyms: ['台账', '交易记录', '销售台账', 'Transactions', 'Dealer ledger'],
  fields: [
    {
      key: 'TxnId',
      zh: '交易编号',
      en: 'Transaction ID',
      type: 'code',
      required: 'always',
      synonyms: ['单号', '合同号', '交易号', 'TxnId', 'Txn ID', 'Order No'],
      width: 12,
    },
    {
      key: 'CustomerId',
      zh: '客户编号',
      en: 'Customer ID',
      type: 'code',
      required: 'always',
      synonyms: CUSTOMER_REF_SYNONYMS,
      refersTo: 'Customers',
      width: 12,
    },
    {
      key: 'Date',
      zh: '日期',
      en: 'Date',
      type: 'date',
      required: 'always',
      synonyms: ['交易日期', '签约日期', 'Txn date'],
      width: 12,
    },
    {
      key: 'Model',
      zh: '车型',
      en: 'Model',
      type: 'text',
      required: 'always',
      synonyms: ['型号', '车辆型号', 'Vehicle'],
      width: 14,
    },
    {
      key: 'Quantity',
      zh: '数量',
      en: 'Quantity',
      type: 'integer',
      required: 'always',
      min: 0,
      synonyms: ['台数', 'Qty', 'Units'],
      width: 8,
    },
    {
      key: 'UnitPrice',
      zh: '单价',
      en: 'Unit price',
      type: 'number',
      required: 'always',
      min: 0,
      synonyms: ['价格', 'Price'],
      width: 12,
    },
    {
      key: 'Amount',
      zh: '金额',
      en: 'Amount',
      type: 'number',
      required: 'always',
      min: 0,
      synonyms: ['总金额', '合同金额', 'Total'],
      width: 14,
    },
    {
      key: 'Settlement',
      zh: '结算方式',
      en: 'Settlement',
      type: 'enum',
      values: SETTLEMENTS,
      synonyms: ['付款方式', 'Payment method', 'Payment terms'],
      width: 10,
    },
    {
      key: 'Status',
      zh: '状态',
      en: 'Status',
      type: 'enum',
      required: 'always',
      values: TXN_STATUSES,
      synonyms: ['交易状态', '进度'],
      width: 10,
    },
    {
      key: 'DueDate',
      zh: '应付日期',
      en: 'Due date',
      type: 'date',
      synonyms: ['到期日', '付款期限', 'Due'],
      width: 12,
    },
    {
      key: 'PaidDate',
      zh: '付款日期',
      en: 'Paid date',
      type: 'date',
      synonyms: ['实付日期', '回款日期', 'Payment date'],
      width: 12,
    },
    {
      key: 'PaidAmount',
      zh: '已付金额',
      en: 'Paid amount',
      type: 'number',
      min: 0,
      synonyms: ['回款金额', '实付金额', 'Paid'],
      width: 14,
    },
    {
      key: 'Owner',
      zh: '经办人',
      en: 'Owner',
      type: 'code',
      synonyms: ['销售员', '业务员', '负责销售', 'Salesperson'],
      width: 10,
    },
    {
      // the price discount given on this transaction (0.03 = 3%), compared with the tier's policy
      key: 'Discount',
      zh: '折扣',
      en: 'Discount',
      type: 'number',
      min: 0,
      max: 1,
      synonyms: ['价格折扣', '优惠', 'Price discount'],
      width: 8,
    },
    { key: 'Check', zh: '校验', en: 'Check', type: 'text', owner: 'addin', width: 24 },
  ],
};

export const STAFF: SheetDef = {
  key: 'Staff',
  table: 'Staff',
  zh: '人员',
  en: 'Staff',
  synonyms: ['员工', '人员名单', '花名册', 'Roster', 'Employees'],
  fields: [
    {
      key: 'StaffId',
      zh: '工号',
      en: 'Staff ID',
      type: 'code',
      required: 'always',
      synonyms: STAFF_ID_SYNONYMS,
      width: 10,
    },
    {
      key: 'Name',
      zh: '姓名',
      en: 'Name',
      type: 'text',
      required: 'always',
      synonyms: ['名字', 'Full name'],
      width: 10,
    },
    {
      key: 'Role',
      zh: '角色',
      en: 'Role',
      type: 'enum',
      required: 'always',
      values: ROLES,
      synonyms: ['岗位', '职务', 'Position', 'Title'],
      width: 10,
    },
    {
      key: 'Showroom',
      zh: '展厅',
      en: 'Showroom',
      type: 'text',
      synonyms: ['所属展厅', '门店', 'Store', 'Branch'],
      width: 10,
    },
    { key: 'Department', zh: '部门', en: 'Department', type: 'text', synonyms: ['所属部门', 'Dept'], width: 10 },
    { key: 'Email', zh: '邮箱', en: 'Email', type: 'text', synonyms: ['电子邮件', 'E-mail', 'Mail'], width: 22 },
    {
      key: 'Active',
      zh: '在职',
      en: 'Active',
      type: 'boolean',
      values: YES_NO,
      synonyms: ['是否在职', '状态', 'Status'],
      width: 6,
    },
    { key: 'Check', zh: '校验', en: 'Check', type: 'text', owner: 'addin', width: 24 },
  ],
};

export const DUTY: SheetDef = {
  key: 'Duty',
  table: 'Duty',
  zh: '值班表',
  en: 'Duty',
  synonyms: ['值班', '排班表', 'Rota', 'Duty rota'],
  fields: [
    { key: 'Date', zh: '日期', en: 'Date', type: 'date', required: 'always', synonyms: ['值班日期'], width: 12 },
    { key: 'Showroom', zh: '展厅', en: 'Showroom', type: 'text', required: 'always', synonyms: ['门店'], width: 10 },
    {
      key: 'DutyLead',
      zh: '值班长',
      en: 'Duty lead',
      type: 'code',
      required: 'always',
      synonyms: ['值班组长', 'Lead'],
      width: 10,
    },
    {
      key: 'OnDuty',
      zh: '值班人员',
      en: 'On duty',
      type: 'list',
      required: 'always',
      synonyms: ['值班员', '接待人员', 'Staff on duty'],
      width: 20,
    },
  ],
};

export const OUTINGS: SheetDef = {
  key: 'Outings',
  table: 'Outings',
  zh: '外出登记',
  en: 'Outings',
  synonyms: ['外出', '外出申请', 'Outing register'],
  fields: [
    {
      key: 'Date',
      zh: '外出日期',
      en: 'Date',
      type: 'date',
      required: 'always',
      synonyms: ['日期', 'Outing date'],
      width: 12,
    },
    {
      key: 'StaffId',
      zh: '工号',
      en: 'Staff ID',
      type: 'code',
      required: 'always',
      synonyms: [...STAFF_ID_SYNONYMS, '销售员'],
      width: 10,
    },
    {
      key: 'Purpose',
      zh: '事由',
      en: 'Purpose',
      type: 'text',
      required: 'always',
      synonyms: ['外出事由', '目的', 'Reason'],
      width: 20,
    },
    {
      key: 'CustomerId',
      zh: '客户编号',
      en: 'Customer ID',
      type: 'code',
      synonyms: ['拜访客户', ...CUSTOMER_REF_SYNONYMS],
      refersTo: 'Customers',
      width: 12,
    },
    {
      key: 'RegisteredAt',
      zh: '登记时间',
      en: 'Registered at',
      type: 'datetime',
      required: 'always',
      synonyms: ['申请时间', 'Registered'],
      width: 17,
    },
    { key: 'ApprovedBy', zh: '批准人', en: 'Approved by', type: 'code', synonyms: ['审批人', 'Approver'], width: 10 },
    {
      key: 'ReturnedAt',
      zh: '返回时间',
      en: 'Returned at',
      type: 'datetime',
      synonyms: ['回店时间', '返回', 'Returned', 'Back at'],
      width: 17,
    },
  ],
};

/**
 * A call or walk-in register (来电登记 / 来访登记, regulations §4: 值班长负责接听所有的客户电话 ... 必须将客户信息
 * 完整、真实地加以记录; 另 N 名值班人员负责接待上门客户 ... 加以记录). The two share their columns but for the words.
 */
function contactRegister(
  key: 'Calls' | 'Visits',
  words: { zh: string; en: string; synonyms: string[]; time: string; timeEn: string; who: string; whoEn: string },
  extra: { personSynonyms: string[]; recorderSynonyms: string[] },
): SheetDef {
  return {
    key,
    table: key,
    zh: words.zh,
    en: words.en,
    synonyms: words.synonyms,
    fields: [
      {
        key: 'Time',
        zh: words.time,
        en: words.timeEn,
        type: 'datetime',
        required: 'always',
        synonyms: ['时间', '日期', 'Date', 'Time'],
        width: 17,
      },
      { key: 'Name', zh: words.who, en: words.whoEn, type: 'text', synonyms: extra.personSynonyms, width: 12 },
      {
        key: 'Phone',
        zh: '电话',
        en: 'Phone',
        type: 'phone',
        required: 'always',
        synonyms: ['手机', '联系电话', '手机号', '电话号码', '来电号码', 'Mobile', 'Phone number'],
        width: 15,
      },
      {
        key: 'Need',
        zh: '需求',
        en: 'Need',
        type: 'text',
        synonyms: ['咨询内容', '意向车型', '需求描述', '客户需求', 'Request', 'Interest'],
        width: 24,
      },
      {
        key: 'RecordedBy',
        zh: '记录人',
        en: 'Recorded by',
        type: 'code',
        required: 'always',
        synonyms: extra.recorderSynonyms,
        width: 10,
      },
      { key: 'Showroom', zh: '展厅', en: 'Showroom', type: 'text', synonyms: ['门店', 'Store'], width: 10 },
      {
        key: 'CustomerId',
        zh: '客户编号',
        en: 'Customer ID',
        type: 'code',
        synonyms: ['转为客户', '建档客户', ...CUSTOMER_REF_SYNONYMS],
        refersTo: 'Customers',
        width: 12,
      },
    ],
  };
}

export const CALLS: SheetDef = contactRegister(
  'Calls',
  {
    zh: '来电登记',
    en: 'Calls',
    synonyms: ['来电', '来电记录', '电话登记', 'Call log', 'Phone calls'],
    time: '来电时间',
    timeEn: 'Call time',
    who: '来电人',
    whoEn: 'Caller',
  },
  {
    personSynonyms: ['来电客户', '客户姓名', '姓名', 'Caller name', 'Name'],
    recorderSynonyms: ['接听人', '登记人', '接线人', 'Answered by', 'Taken by'],
  },
);

export const VISITS: SheetDef = contactRegister(
  'Visits',
  {
    zh: '来访登记',
    en: 'Visits',
    synonyms: ['来访', '来访记录', '到店登记', '接待登记', 'Walk-ins', 'Visitor log'],
    time: '来访时间',
    timeEn: 'Visit time',
    who: '来访人',
    whoEn: 'Visitor',
  },
  {
    personSynonyms: ['访客', '来访客户', '客户姓名', '姓名', 'Visitor name', 'Name'],
    recorderSynonyms: ['接待人', '登记人', '接待销售', 'Received by'],
  },
);

/** The weekly work log (工作周志, §4: 销售人员外出开展业务的情况,应通过工作周志的方式加以记录,并接受主管检查). */
export const WORK_LOGS: SheetDef = {
  key: 'WorkLogs',
  table: 'WorkLogs',
  zh: '工作周志',
  en: 'Work logs',
  synonyms: ['周志', '工作周报', '周报', 'Weekly log', 'WorkLogs', 'Weekly work log'],
  fields: [
    {
      key: 'StaffId',
      zh: '工号',
      en: 'Staff ID',
      type: 'code',
      required: 'always',
      synonyms: [...STAFF_ID_SYNONYMS, '销售员'],
      width: 10,
    },
    {
      key: 'Week',
      zh: '周',
      en: 'Week',
      // the week's Monday (or any day of it) as a date, or an ISO week (2026-W48): see domain/operations
      type: 'text',
      required: 'always',
      synonyms: ['周次', '周别', '周一日期', '所属周', 'Week of', 'Week starting'],
      width: 12,
    },
    {
      key: 'Done',
      zh: '本周完成',
      en: 'Done',
      type: 'text',
      synonyms: ['完成情况', '本周工作', 'Work done'],
      width: 30,
    },
    { key: 'Plan', zh: '下周计划', en: 'Plan', type: 'text', synonyms: ['工作计划', '计划', 'Next week'], width: 30 },
    {
      key: 'CheckedBy',
      zh: '检查人',
      en: 'Checked by',
      type: 'code',
      synonyms: ['主管检查', '审阅人', 'Reviewed by'],
      width: 10,
    },
    {
      key: 'CheckedAt',
      zh: '检查日期',
      en: 'Checked at',
      type: 'date',
      synonyms: ['检查时间', '审阅日期', 'Reviewed at', 'Checked on'],
      width: 12,
    },
  ],
};

/** The car-key log (车钥匙, §4: 展厅的汽车钥匙由展厅主管统一保管 ... 晚上必须全部锁好). */
export const KEYS: SheetDef = {
  key: 'Keys',
  table: 'Keys',
  zh: '车钥匙',
  en: 'Keys',
  synonyms: ['钥匙登记', '车钥匙登记', '钥匙领用', 'Key log', 'Car keys'],
  fields: [
    {
      key: 'Vehicle',
      zh: '车辆',
      en: 'Vehicle',
      type: 'code',
      required: 'always',
      synonyms: ['车架号', 'VIN', '库存号', '库存编号', '车辆编号', 'Stock no', 'Stock number'],
      width: 18,
    },
    {
      key: 'TakenBy',
      zh: '领用人',
      en: 'Taken by',
      type: 'code',
      required: 'always',
      synonyms: ['借用人', '领取人', 'Borrower'],
      width: 10,
    },
    {
      key: 'TakenAt',
      zh: '领用时间',
      en: 'Taken at',
      type: 'datetime',
      required: 'always',
      synonyms: ['借出时间', '领取时间', 'Out at'],
      width: 17,
    },
    {
      key: 'ReturnedAt',
      zh: '归还时间',
      en: 'Returned at',
      type: 'datetime',
      synonyms: ['交回时间', 'Returned', 'In at'],
      width: 17,
    },
    { key: 'ApprovedBy', zh: '批准人', en: 'Approved by', type: 'code', synonyms: ['审批人', 'Approver'], width: 10 },
  ],
};

export const REVIEWS: SheetDef = {
  key: 'Reviews',
  table: 'Reviews',
  zh: '客户评审',
  en: 'Reviews',
  synonyms: ['评审', '客户评审记录', 'Customer reviews'],
  fields: [
    {
      key: 'ReviewId',
      zh: '评审编号',
      en: 'Review ID',
      type: 'code',
      required: 'always',
      synonyms: ['ReviewId'],
      width: 12,
    },
    {
      key: 'CustomerId',
      zh: '客户编号',
      en: 'Customer ID',
      type: 'code',
      required: 'always',
      synonyms: CUSTOMER_REF_SYNONYMS,
      refersTo: 'Customers',
      width: 12,
    },
    {
      key: 'Kind',
      zh: '评审类型',
      en: 'Review kind',
      type: 'enum',
      required: 'always',
      values: REVIEW_KINDS,
      synonyms: ['类型', 'Kind'],
      width: 12,
    },
    { key: 'Period', zh: '期间', en: 'Period', type: 'text', synonyms: ['评审期间', '年度'], width: 10 },
    { key: 'DueDate', zh: '截止日期', en: 'Due date', type: 'date', synonyms: ['应完成日期', 'Due'], width: 12 },
    { key: 'Trigger', zh: '触发原因', en: 'Trigger', type: 'text', synonyms: ['原因', 'Reason'], width: 20 },
    {
      key: 'SalesSummary',
      zh: '业务总结',
      en: 'Sales summary',
      type: 'text',
      synonyms: ['销售员总结', '总结'],
      width: 24,
    },
    {
      key: 'SupervisorEvaluation',
      zh: '主管评价',
      en: 'Supervisor evaluation',
      type: 'text',
      synonyms: ['评价'],
      width: 24,
    },
    {
      key: 'ManagerAnalysis',
      zh: '分析报告',
      en: 'Manager analysis',
      type: 'text',
      synonyms: ['经理分析', '分析'],
      width: 24,
    },
    {
      key: 'Countermeasures',
      zh: '应对措施',
      en: 'Countermeasures',
      type: 'text',
      synonyms: ['改善措施', '措施'],
      width: 20,
    },
    { key: 'WorkPlan', zh: '工作计划', en: 'Work plan', type: 'text', synonyms: ['计划'], width: 20 },
    {
      key: 'SupervisorRating',
      zh: '主管评分',
      en: 'Supervisor rating',
      type: 'number',
      min: 0,
      max: 100,
      synonyms: ['经理评分', '评分', 'Rating'],
      width: 10,
    },
    {
      key: 'CreditScore',
      zh: '信用评分',
      en: 'Credit score',
      type: 'number',
      min: 0,
      max: 100,
      synonyms: ['财务信用评分'],
      width: 10,
    },
    {
      key: 'PaymentScore',
      zh: '付款评分',
      en: 'Payment score',
      type: 'number',
      min: 0,
      max: 100,
      synonyms: ['财务付款评分'],
      width: 10,
    },
    {
      key: 'FinanceOpinion',
      zh: '财务意见',
      en: 'Finance opinion',
      type: 'text',
      synonyms: ['财务评审意见'],
      width: 24,
    },
    // Criterion scores from the ledger and customer file (values the add-in writes; TotalScore's formula combines
    // them with the Weights table, see domain/reviews/scoring.ts).
    { key: 'ScoreCredit', zh: '信用状况得分', en: 'Credit status score', type: 'number', owner: 'addin', width: 8 },
    {
      key: 'ScorePayment',
      zh: '付款及时性得分',
      en: 'Payment punctuality score',
      type: 'number',
      owner: 'addin',
      width: 8,
    },
    { key: 'ScoreVolume', zh: '业务量得分', en: 'Volume score', type: 'number', owner: 'addin', width: 8 },
    { key: 'ScoreGrowth', zh: '增长得分', en: 'Growth score', type: 'number', owner: 'addin', width: 8 },
    { key: 'ScoreLocation', zh: '地理位置得分', en: 'Location score', type: 'number', owner: 'addin', width: 8 },
    { key: 'ScoreCapacity', zh: '销售能力得分', en: 'Sales capacity score', type: 'number', owner: 'addin', width: 8 },
    {
      key: 'SuggestedCreditScore',
      zh: '建议信用评分',
      en: 'Suggested credit score',
      type: 'number',
      owner: 'addin',
      width: 10,
    },
    {
      key: 'SuggestedPaymentScore',
      zh: '建议付款评分',
      en: 'Suggested payment score',
      type: 'number',
      owner: 'addin',
      width: 10,
    },
    { key: 'TotalScore', zh: '总分', en: 'Total score', type: 'number', owner: 'addin', width: 8 },
    { key: 'ProposedTier', zh: '建议等级', en: 'Proposed tier', type: 'enum', values: TIERS, owner: 'addin', width: 8 },
    { key: 'ProposedDiscount', zh: '建议折扣', en: 'Proposed discount', type: 'number', owner: 'addin', width: 8 },
    {
      key: 'ProposedCreditDays',
      zh: '建议账期',
      en: 'Proposed credit days',
      type: 'integer',
      owner: 'addin',
      width: 8,
    },
    {
      key: 'ProposedCreditLimit',
      zh: '建议授信额度',
      en: 'Proposed credit limit',
      type: 'number',
      owner: 'addin',
      width: 12,
    },
    {
      key: 'ApprovedTier',
      zh: '核定等级',
      en: 'Approved tier',
      type: 'enum',
      values: TIERS,
      synonyms: ['审定等级', '等级'],
      width: 8,
    },
    { key: 'ApprovedBy', zh: '审核人', en: 'Approved by', type: 'code', synonyms: ['审批人'], width: 10 },
    { key: 'ApprovedDate', zh: '审核日期', en: 'Approved date', type: 'date', synonyms: ['审批日期'], width: 12 },
    {
      key: 'ApprovalComment',
      zh: '审核意见',
      en: 'Approval comment',
      type: 'text',
      synonyms: ['总经理意见', 'Comment'],
      width: 20,
    },
    { key: 'Check', zh: '校验', en: 'Check', type: 'text', owner: 'addin', width: 24 },
  ],
};

export const POLICY: SheetDef = {
  key: 'Policy',
  table: 'Policy',
  zh: '客户政策',
  en: 'Policy',
  synonyms: ['政策', '经销商政策', 'Dealer policy'],
  fields: [
    {
      key: 'Tier',
      zh: '等级',
      en: 'Tier',
      type: 'enum',
      required: 'always',
      values: TIERS,
      synonyms: ['客户等级', 'Grade'],
      width: 8,
    },
    {
      key: 'MinScore',
      zh: '最低分',
      en: 'Min score',
      type: 'number',
      required: 'always',
      min: 0,
      max: 100,
      synonyms: ['分数下限', 'Threshold'],
      width: 8,
    },
    {
      key: 'PriceDiscount',
      zh: '价格折扣',
      en: 'Price discount',
      type: 'number',
      min: 0,
      max: 1,
      synonyms: ['折扣', 'Discount'],
      width: 10,
    },
    {
      key: 'Settlement',
      zh: '结算方式',
      en: 'Settlement',
      type: 'enum',
      values: SETTLEMENTS,
      synonyms: ['付款方式'],
      width: 10,
    },
    {
      key: 'CreditDays',
      zh: '账期天数',
      en: 'Credit days',
      type: 'integer',
      min: 0,
      synonyms: ['账期', 'Credit terms'],
      width: 8,
    },
    {
      key: 'CreditLimit',
      zh: '授信额度',
      en: 'Credit limit',
      type: 'number',
      min: 0,
      synonyms: ['信用额度'],
      width: 12,
    },
    {
      key: 'ServiceLevel',
      zh: '服务等级',
      en: 'Service level',
      type: 'enum',
      values: SERVICE_LEVELS,
      synonyms: ['服务'],
      width: 10,
    },
    {
      key: 'VisitBy',
      zh: '拜访人',
      en: 'Visit by',
      type: 'enum',
      values: VISITORS,
      synonyms: ['拜访', '接洽人'],
      width: 10,
    },
  ],
};

export const WEIGHTS: SheetDef = {
  key: 'Weights',
  table: 'Weights',
  zh: '评分权重',
  en: 'Weights',
  synonyms: ['权重', 'Criteria weights'],
  fields: [
    {
      key: 'Criterion',
      zh: '评分项',
      en: 'Criterion',
      type: 'enum',
      required: 'always',
      values: CRITERIA,
      synonyms: ['指标', '评分指标'],
      width: 16,
    },
    {
      key: 'Weight',
      zh: '权重',
      en: 'Weight',
      type: 'number',
      required: 'always',
      min: 0,
      max: 1,
      synonyms: ['比重'],
      width: 8,
    },
    { key: 'Notes', zh: '说明', en: 'Notes', type: 'text', synonyms: ['备注'], width: 30 },
  ],
};

export const SHEETS: readonly SheetDef[] = [
  CUSTOMERS,
  LEDGER,
  STAFF,
  DUTY,
  OUTINGS,
  CALLS,
  VISITS,
  WORK_LOGS,
  KEYS,
  REVIEWS,
  POLICY,
  WEIGHTS,
];

export const SHEET_BY_KEY: Record<SheetKey, SheetDef> = Object.fromEntries(SHEETS.map((s) => [s.key, s])) as Record<
  SheetKey,
  SheetDef
>;

export function field(sheet: SheetKey, key: string): FieldDef {
  const f = SHEET_BY_KEY[sheet].fields.find((x) => x.key === key);
  if (!f) throw new Error(`Unknown field ${sheet}.${key}`);
  return f;
}

export function label(def: { zh: string; en: string }, lang: Lang): string {
  return lang === 'zh' ? def.zh : def.en;
}

/** Fields a user fills in (everything the add-in does not own). */
export function userFields(sheet: SheetDef): FieldDef[] {
  return sheet.fields.filter((f) => f.owner !== 'addin');
}

/** The add-in's status columns: a check's verdict on each row, added at a table's right edge by a check. */
export const STATUS_FIELD_KEYS: readonly string[] = ['Check', 'ConflictGroup'];

/**
 * The columns setup creates: the user's, and the add-in's computed columns (the review scores and the
 * formulas over them), so that review rows and scores can be written into a workbook just set up. Not the
 * status columns: a check adds those, after asking before its first write.
 */
export function setupFields(sheet: SheetDef): FieldDef[] {
  return sheet.fields.filter((f) => f.owner !== 'addin' || !STATUS_FIELD_KEYS.includes(f.key));
}

/** Is this field required for a row of the given customer kind? */
export function isRequired(f: FieldDef, kind?: string): boolean {
  if (!f.required) return false;
  if (f.required === 'always') return true;
  if (f.required === 'end') return kind === 'End';
  return kind === 'Dealer';
}
