import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Catalogue, content and account tables (SQLite). Kept in step with ../mysql/1764028800000-initial-schema.ts. */
export class InitialSchema1764028800000 implements MigrationInterface {
  name = 'InitialSchema1764028800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['seed_runs', 'user_accounts', 'faqs', 'news', 'policies', 'products', 'institutions']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}

const UP = [
  `CREATE TABLE "institutions" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "name" varchar(128) NOT NULL,
    "short_name" varchar(64) NOT NULL,
    "type" varchar(32) NOT NULL,
    "region_code" varchar(6) NOT NULL,
    "description" text NOT NULL,
    "contact_phone" varchar(32) NOT NULL,
    "address" varchar(255) NOT NULL,
    "website" varchar(255),
    "established_on" date NOT NULL,
    "created_at" datetime NOT NULL,
    "updated_at" datetime NOT NULL
  )`,
  `CREATE INDEX "idx_institutions_type" ON "institutions" ("type")`,
  `CREATE INDEX "idx_institutions_region" ON "institutions" ("region_code")`,
  `CREATE INDEX "idx_institutions_name" ON "institutions" ("name", "id")`,

  `CREATE TABLE "products" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "institution_id" varchar(36) NOT NULL REFERENCES "institutions" ("id"),
    "name" varchar(128) NOT NULL,
    "category" varchar(32) NOT NULL,
    "guarantee_methods" varchar(128) NOT NULL,
    "min_amount_fen" bigint NOT NULL,
    "max_amount_fen" bigint NOT NULL,
    "min_term_months" integer NOT NULL,
    "max_term_months" integer NOT NULL,
    "min_rate_bp" integer NOT NULL,
    "max_rate_bp" integer NOT NULL,
    "repayment_methods" varchar(128) NOT NULL,
    "target_region_codes" varchar(1024) NOT NULL,
    "target_industry_codes" varchar(1024) NOT NULL,
    "target_scales" varchar(64) NOT NULL,
    "min_years_in_business" integer NOT NULL,
    "min_credit_grade" varchar(8),
    "required_materials" text NOT NULL,
    "online_apply" boolean NOT NULL,
    "summary" varchar(512) NOT NULL,
    "description" text NOT NULL,
    "status" varchar(16) NOT NULL,
    "apply_count" integer NOT NULL DEFAULT 0,
    "published_at" datetime,
    "version" integer NOT NULL DEFAULT 1,
    "created_at" datetime NOT NULL,
    "updated_at" datetime NOT NULL,
    CHECK ("min_amount_fen" >= 0 AND "min_amount_fen" <= "max_amount_fen"),
    CHECK ("min_term_months" >= 1 AND "min_term_months" <= "max_term_months"),
    CHECK ("min_rate_bp" >= 0 AND "min_rate_bp" <= "max_rate_bp"),
    CHECK ("status" <> 'PUBLISHED' OR "published_at" IS NOT NULL)
  )`,
  `CREATE INDEX "idx_products_newest" ON "products" ("status", "published_at", "id")`,
  `CREATE INDEX "idx_products_rate" ON "products" ("status", "min_rate_bp", "id")`,
  `CREATE INDEX "idx_products_amount" ON "products" ("status", "max_amount_fen", "id")`,
  `CREATE INDEX "idx_products_popularity" ON "products" ("status", "apply_count", "id")`,
  `CREATE INDEX "idx_products_institution" ON "products" ("institution_id", "status")`,
  `CREATE INDEX "idx_products_category" ON "products" ("category", "status")`,

  `CREATE TABLE "policies" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "title" varchar(255) NOT NULL,
    "level" varchar(16) NOT NULL,
    "issuer" varchar(128) NOT NULL,
    "document_number" varchar(128) NOT NULL,
    "issued_on" date NOT NULL,
    "summary" varchar(1024) NOT NULL,
    "body_html" text NOT NULL,
    "industry_codes" varchar(1024) NOT NULL,
    "scales" varchar(64) NOT NULL,
    "enterprise_types" varchar(255) NOT NULL,
    "created_at" datetime NOT NULL,
    "updated_at" datetime NOT NULL
  )`,
  `CREATE INDEX "idx_policies_level" ON "policies" ("level", "issued_on", "id")`,
  `CREATE INDEX "idx_policies_issued" ON "policies" ("issued_on", "id")`,

  `CREATE TABLE "news" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "title" varchar(255) NOT NULL,
    "level" varchar(16) NOT NULL,
    "source" varchar(128) NOT NULL,
    "published_on" date NOT NULL,
    "summary" varchar(1024) NOT NULL,
    "body_html" text NOT NULL,
    "created_at" datetime NOT NULL,
    "updated_at" datetime NOT NULL
  )`,
  `CREATE INDEX "idx_news_level" ON "news" ("level", "published_on", "id")`,
  `CREATE INDEX "idx_news_published" ON "news" ("published_on", "id")`,

  `CREATE TABLE "faqs" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "category" varchar(64) NOT NULL,
    "question" varchar(512) NOT NULL,
    "answer" text NOT NULL,
    "keywords" text NOT NULL,
    "sort_order" integer NOT NULL,
    "created_at" datetime NOT NULL,
    "updated_at" datetime NOT NULL
  )`,
  `CREATE INDEX "idx_faqs_category" ON "faqs" ("category", "sort_order")`,

  `CREATE TABLE "user_accounts" (
    "id" varchar(36) PRIMARY KEY NOT NULL,
    "username" varchar(64) NOT NULL,
    "display_name" varchar(64) NOT NULL,
    "role" varchar(32) NOT NULL,
    "permissions" varchar(255) NOT NULL,
    "institution_id" varchar(36) REFERENCES "institutions" ("id"),
    "password_hash" varchar(255) NOT NULL,
    "must_change_password" boolean NOT NULL,
    "created_at" datetime NOT NULL,
    "updated_at" datetime NOT NULL
  )`,
  `CREATE UNIQUE INDEX "uq_user_accounts_username" ON "user_accounts" ("username")`,
  `CREATE INDEX "idx_user_accounts_institution" ON "user_accounts" ("institution_id")`,

  `CREATE TABLE "seed_runs" (
    "id" varchar(64) PRIMARY KEY NOT NULL,
    "applied_at" datetime NOT NULL
  )`,
];
