/**
 * A piece of SQL with its `?` parameters, composed with the `sql` tag. MikroORM's `execute` replaces
 * each `?` with a quoted literal (an array value becomes a comma-separated list, fit for `in (…)` or
 * `array[…]`), so values never reach the SQL text unquoted. The template text itself must never contain
 * a `?` of its own.
 */
export class SqlFragment {
  constructor(
    readonly text: string,
    readonly params: readonly unknown[],
  ) {}
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlFragment {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (value instanceof SqlFragment) {
      text += value.text;
      params.push(...value.params);
    } else {
      if (Array.isArray(value) && value.length === 0) throw new Error('sql: an empty list cannot be a parameter');
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return new SqlFragment(text, params);
}

export function joinSql(fragments: readonly SqlFragment[], separator: string): SqlFragment {
  return new SqlFragment(
    fragments.map((fragment) => fragment.text).join(separator),
    fragments.flatMap((fragment) => fragment.params),
  );
}
