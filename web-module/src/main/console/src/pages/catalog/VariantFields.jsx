// The variant form shared by the catalog pages (new product, add variant, variant editor): every
// field of the API's NewVariant / VariantChanges, price typed in major units ("12.50") and sent as
// minor units, and API field errors ("variants[1].price.amount") placed under the right input.
import { ApiError } from '../../api.js';
import { Field, Select } from '../../ui/Form.jsx';
import { Link } from '../../router.jsx';
import { label, majorUnits, minorUnits, money } from '../../ui/format.js';

export const CONDITIONS = [
  { value: 'NM', label: 'NM · Near mint' },
  { value: 'LP', label: 'LP · Lightly played' },
  { value: 'MP', label: 'MP · Moderately played' },
  { value: 'HP', label: 'HP · Heavily played' },
  { value: 'DMG', label: 'DMG · Damaged' },
];
export const FINISHES = [
  { value: 'normal', label: 'Normal' },
  { value: 'foil', label: 'Foil' },
  { value: 'reverse_holo', label: 'Reverse holo' },
  { value: 'etched', label: 'Etched' },
  { value: 'sealed', label: 'Sealed (box, pack)' },
];
export const STATUSES = ['active', 'draft', 'archived'];
const GAMES = ['pokemon', 'one_piece', 'magic', 'yugioh', 'lorcana', 'digimon', 'dragon_ball', 'union_arena', 'weiss_schwarz', 'flesh_and_blood'];

/** A blank new variant: the defaults the API would apply anyway, shown so the operator sees them. */
export const BLANK_VARIANT = {
  sku: '',
  barcode: '',
  title: '',
  price: '',
  currency_code: 'SGD',
  game: 'pokemon',
  set_code: '',
  set_name: '',
  collector_number: '',
  rarity: '',
  condition: 'NM',
  language: 'EN',
  finish: 'normal',
  grade_company: '',
  grade_score: '',
};
const FIELDS = Object.keys(BLANK_VARIANT);

/** Form names whose API path differs (the API nests price and grade). */
const PATHS = {
  price: ['price.amount', 'price'],
  currency_code: ['price.currency_code'],
  grade_company: ['grade.company', 'grade'],
  grade_score: ['grade.score'],
};

/** Every API field path this form places under an input, e.g. for `<ErrorBanner fields>`. */
export function variantPaths(prefix = '') {
  return FIELDS.flatMap((name) => (PATHS[name] || [name]).map((path) => prefix + path));
}

/** The ApiError seen through one variant's eyes: `field('price')` finds `variants[1].price.amount`. */
export function scoped(error, prefix = '') {
  if (!error) return null;
  return {
    field(name) {
      for (const path of PATHS[name] || [name]) {
        const hit = (error.errors || []).find((e) => e.field === prefix + path);
        if (hit) return hit.message;
      }
      return undefined;
    },
  };
}

/** A VariantView as form values (strings; price in major units). */
export function variantValues(v) {
  const text = (value) => (value === undefined || value === null ? '' : String(value));
  return {
    sku: text(v.sku),
    barcode: text(v.barcode),
    title: text(v.title),
    price: v.price ? majorUnits(v.price.amount, v.price.currency_code) : '',
    currency_code: v.price ? v.price.currency_code : 'SGD',
    game: text(v.game),
    set_code: text(v.set_code),
    set_name: text(v.set_name),
    collector_number: text(v.collector_number),
    rarity: text(v.rarity),
    condition: text(v.condition) || 'NM',
    language: text(v.language) || 'EN',
    finish: text(v.finish) || 'normal',
    grade_company: v.grade ? text(v.grade.company) : '',
    grade_score: v.grade ? text(v.grade.score) : '',
  };
}

/** Problems found before sending, in the API's own error shape so they show the same way. */
export function invalid(errors) {
  return new ApiError(400, {
    type: 'invalid_data',
    message: 'Check the highlighted fields.',
    errors,
  });
}

const trimmed = (value) => (value === undefined || value === null ? '' : String(value).trim());

/** `{amount, currency_code}` from the typed price; pushes a problem under `prefix`price.amount. */
export function priceOf(values, prefix, problems) {
  const currency = trimmed(values.currency_code).toUpperCase();
  try {
    return { amount: minorUnits(values.price, currency || 'SGD'), currency_code: currency };
  } catch (e) {
    problems.push({ field: `${prefix}price.amount`, message: e.message });
    return undefined;
  }
}

/** `{company, score}` or undefined when both are blank. */
export function gradeOf(values, prefix, problems) {
  const company = trimmed(values.grade_company);
  const scoreText = trimmed(values.grade_score);
  if (!company && !scoreText) return undefined;
  let score;
  if (scoreText) {
    score = Number(scoreText);
    if (Number.isNaN(score)) {
      problems.push({ field: `${prefix}grade.score`, message: 'must be a number such as 9.5' });
    }
  }
  return { company, score };
}

/** The body of a new variant (POST …/variants, or one entry of a new product's `variants`). */
export function newVariantBody(values, prefix = '', problems = []) {
  const optional = (name) => trimmed(values[name]) || undefined;
  return {
    sku: trimmed(values.sku),
    barcode: optional('barcode'),
    title: optional('title'),
    price: priceOf(values, prefix, problems),
    game: trimmed(values.game),
    set_code: optional('set_code'),
    set_name: optional('set_name'),
    collector_number: optional('collector_number'),
    rarity: optional('rarity'),
    condition: optional('condition'),
    language: optional('language'),
    finish: optional('finish'),
    grade: gradeOf(values, prefix, problems),
  };
}

/** "sv3pt5 · 151" */
export function setLabel(v) {
  return [v.set_code, v.set_name].filter(Boolean).join(' · ');
}

/** "PSA 10", or empty for a raw card. */
export function gradeLabel(v) {
  return v.grade ? `${v.grade.company} ${v.grade.score}` : '';
}

/** The games offered as suggestions; render once per page, inputs refer to it by id. */
/** The columns of a variant table: the card's attributes, with its product or its barcode. */
export function variantColumns({ withProduct = false, withBarcode = false } = {}) {
  return [
    { label: 'SKU', render: (v) => <Link href={`/catalog/variants/${v.id}`} class="mono nowrap" data-variant-link={v.sku}>{v.sku}</Link> },
    { label: 'Title', key: 'title' },
    ...(withProduct ? [{ label: 'Product', render: (v) => <Link href={`/catalog/products/${v.product_id}`}>{v.product_title}</Link> }] : []),
    { label: 'Game', key: 'game' },
    { label: 'Set', render: (v) => setLabel(v) },
    { label: 'No.', key: 'collector_number' },
    { label: 'Rarity', key: 'rarity' },
    { label: 'Cond.', key: 'condition' },
    { label: 'Lang.', key: 'language' },
    { label: 'Finish', render: (v) => label(v.finish) },
    { label: 'Grade', render: (v) => gradeLabel(v) },
    ...(withBarcode ? [{ label: 'Barcode', key: 'barcode' }] : []),
    { label: 'Price', render: (v) => <span class="nowrap">{money(v.price)}</span>, numeric: true },
  ];
}

export function GameOptions() {
  return (
    <datalist id="tcg-games">
      {GAMES.map((g) => (
        <option key={g} value={g} />
      ))}
    </datalist>
  );
}

/**
 * The inputs of one variant. `set(name, value)` updates the form; `prefix` is the API path of this
 * variant inside the request (`variants[1].`) so its errors land here; `disabled` makes it read-only.
 */
export function VariantFields({ values, set, error, prefix = '', disabled }) {
  const err = scoped(error, prefix);
  const bind = (name) => ({
    name,
    error: err,
    disabled,
    value: values[name] === undefined || values[name] === null ? '' : values[name],
    onInput: (e) => set(name, e.currentTarget.value),
  });
  return (
    <div class="variant-fields">
      <div class="form-grid">
        <Field label="SKU" hint="Letters, digits and . _ / - (stored upper-case)" {...bind('sku')} />
        <Field label="Barcode" {...bind('barcode')} />
        <Field label="Title" hint="Blank: built from product, condition, language, finish, grade" {...bind('title')} />
        <Field label="Price" hint="In major units, e.g. 12.50" inputMode="decimal" {...bind('price')} />
        <Field label="Currency" hint="ISO code, e.g. SGD" maxLength={3} {...bind('currency_code')} />
      </div>
      <h3 class="fields-heading">Card</h3>
      <div class="form-grid">
        <Field label="Game" list="tcg-games" hint="Lowercase slug, e.g. pokemon" {...bind('game')} />
        <Field label="Set code" {...bind('set_code')} />
        <Field label="Set name" {...bind('set_name')} />
        <Field label="Card number" hint="Collector number, e.g. 006/165" {...bind('collector_number')} />
        <Field label="Rarity" {...bind('rarity')} />
      </div>
      <h3 class="fields-heading">This copy</h3>
      <div class="form-grid">
        <Select label="Condition" options={CONDITIONS} {...bind('condition')} />
        <Field label="Language" hint="Two letters, e.g. EN, JA" maxLength={2} {...bind('language')} />
        <Select label="Finish" options={FINISHES} {...bind('finish')} />
        <Field label="Grading company" hint="e.g. PSA, BGS, CGC" {...bind('grade_company')} />
        <Field label="Grade" hint="1 to 10, e.g. 9.5" inputMode="decimal" {...bind('grade_score')} />
      </div>
    </div>
  );
}
