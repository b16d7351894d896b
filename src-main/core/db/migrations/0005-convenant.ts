// 0005: versions of the covenant (each stored whole, as parsed from its Markdown: a version is
// imported, never edited article by article).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Convenant1764748800005 implements MigrationInterface {
  name = 'Convenant1764748800005';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE convenant_version (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      titel TEXT NOT NULL,
      versie TEXT NOT NULL,
      ingangsdatum TEXT NOT NULL,
      status TEXT NOT NULL,
      content TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      imported_by INTEGER REFERENCES account (id),
      UNIQUE (titel, versie)
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE convenant_version');
  }
}
