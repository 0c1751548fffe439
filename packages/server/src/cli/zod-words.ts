import type { ZodError } from 'zod';

type Issue = ZodError['issues'][number];

// zod's own messages are English ("Invalid option: expected one of …"): the CLI words every
// issue itself, naming the command-line option (--s3-region), never the schema field.

function optionOf(path: readonly PropertyKey[], lang: 'vi' | 'en'): string {
  if (path.length === 0) return '';
  // The name is the positional argument (`site add NAME`), not an option.
  if (path[0] === 'name') return lang === 'vi' ? 'tên' : 'name';
  return `--${String(path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** English for the Vietnamese messages our schemas carry (refinements, regexes). */
const CUSTOM_EN: Record<string, string> = {
  'tên site chỉ gồm a-z, 0-9, - và _': 'a site name has only a-z, 0-9, - and _',
  'site fs cần "path"': 'an fs site needs --path',
  'site s3 cần "endpoint" và "bucket"': 'an s3 site needs --endpoint and --bucket',
};

function word(issue: Issue, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  const ours = CUSTOM_EN[issue.message];
  if (ours !== undefined) return vi ? issue.message : ours;
  switch (issue.code) {
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return vi ? `phải là một trong: ${values}` : `must be one of: ${values}`;
    }
    case 'invalid_type':
      return issue.input === undefined ? (vi ? 'bắt buộc' : 'is required') : vi ? 'giá trị không đúng kiểu' : 'has the wrong type';
    case 'invalid_format':
      return issue.format === 'url'
        ? vi
          ? 'phải là một URL (http://… hoặc https://…)'
          : 'must be a URL'
        : vi
          ? 'không đúng dạng'
          : 'is not well formed';
    case 'too_small':
      return vi ? 'không được để trống' : 'must not be empty';
    default:
      // Our own refinements and regexes carry Vietnamese messages.
      return vi ? issue.message : (CUSTOM_EN[issue.message] ?? 'is not valid');
  }
}

/** "--kind: phải là một trong: fs, s3; --region: bắt buộc". */
export function zodProblems(error: ZodError, lang: 'vi' | 'en', subject = ''): string {
  return error.issues
    .map((issue) => {
      const where = optionOf(issue.path, lang) || subject;
      const text = word(issue, lang);
      return where ? `${where}: ${text}` : text;
    })
    .join('; ');
}
