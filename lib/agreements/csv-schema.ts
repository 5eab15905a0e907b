import { z } from "zod";

// The agreements CSV: its columns (the export writes the same ones first, so an exported file
// imports back unchanged), its limits and the cell formats. Safe for client components.

export const AGREEMENT_CSV_COLUMNS = [
  "id",
  "title_en",
  "title_zh",
  "title_ru",
  "title_fr",
  "summary_en",
  "summary_zh",
  "summary_ru",
  "summary_fr",
  "sector",
  "value",
  "currency",
  "status",
  "visibility",
  "signing_session",
  "slot",
  "table_slot",
  "signed_at",
  "parties",
] as const;
export type AgreementCsvColumn = (typeof AGREEMENT_CSV_COLUMNS)[number];

/** Written by the export for people to read; ignored by the import. */
export const AGREEMENT_EXPORT_ONLY_COLUMNS = ["sector_name", "signing_session_title", "party_names"] as const;

export const AGREEMENT_CSV_REQUIRED: readonly AgreementCsvColumn[] = ["title_en", "sector", "value", "parties"];

export const AGREEMENT_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const AGREEMENT_IMPORT_MAX_ROWS = 2_000;

/** Between the fields of one party in the `parties` cell. */
export const PARTY_FIELD_SEPARATOR = " | ";

/** What each column takes, for the page that documents the format. */
export const AGREEMENT_CSV_HELP: Record<AgreementCsvColumn, { required: boolean; example: string }> = {
  id: { required: false, example: "cm1x2y3z4000008l4abcd1234" },
  title_en: { required: true, example: "Smart Port Data Exchange" },
  title_zh: { required: false, example: "智慧港口数据交换项目" },
  title_ru: { required: false, example: "" },
  title_fr: { required: false, example: "" },
  summary_en: { required: false, example: "A data exchange between the ports of Tianjin and Aktau." },
  summary_zh: { required: false, example: "" },
  summary_ru: { required: false, example: "" },
  summary_fr: { required: false, example: "" },
  sector: { required: true, example: "smart-energy" },
  value: { required: true, example: "12345678.90" },
  currency: { required: false, example: "CNY" },
  status: { required: false, example: "PLANNED" },
  visibility: { required: false, example: "PUBLIC" },
  signing_session: { required: false, example: "digital-economy-project-signing-ceremony" },
  slot: { required: false, example: "22" },
  table_slot: { required: false, example: "Table 1" },
  signed_at: { required: false, example: "2025-07-10T09:41:00Z" },
  parties: { required: true, example: "tianjin-port-group | Party A | Wang Lei | Chairman⏎aktau-logistics | Party B | Aliya Nurlanova | CEO" },
};

/** What the import page sends: the file's text, and on confirmation the preview's digest. */
export const agreementImportTextSchema = z
  .object({ text: z.string("Choose a file or paste CSV text").max(AGREEMENT_IMPORT_MAX_BYTES, `The file is larger than ${AGREEMENT_IMPORT_MAX_BYTES / 1024 / 1024} MB`) })
  .strict();
export const agreementImportConfirmSchema = agreementImportTextSchema.extend({ digest: z.string().min(1).max(100) }).strict();
