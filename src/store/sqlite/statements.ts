import type Database from 'better-sqlite3';

/**
 * Prepared statements by SQL text. Queries with optional filters are assembled from only the filters given
 * (so SQLite plans each shape with its indexes instead of one plan full of `? IS NULL OR …`); the shapes are
 * few, and the cap only guards against a future caller that builds unbounded variants.
 */
export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly maxStatements = 128,
  ) {}

  get(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= this.maxStatements) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
