// Every command id of the extension, in one table (STYLE.md principle 6).
export const CommandIds = {
  openSeedArticles: 'articleAnnotator.openSeedArticles',
} as const;

export type CommandId = (typeof CommandIds)[keyof typeof CommandIds];
