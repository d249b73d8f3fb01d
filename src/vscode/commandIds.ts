// Every command id of the extension, in one table (STYLE.md principle 6).
export const CommandIds = {
  openSeedArticles: 'articleAnnotator.openSeedArticles',
  acceptSuggestion: 'articleAnnotator.acceptSuggestion',
  rejectSuggestion: 'articleAnnotator.rejectSuggestion',
  acceptInSelection: 'articleAnnotator.acceptInSelection',
  acceptAboveThreshold: 'articleAnnotator.acceptAboveThreshold',
  annotateSelection: 'articleAnnotator.annotateSelection',
  editAttributes: 'articleAnnotator.editAttributes',
  linkToSpeaker: 'articleAnnotator.linkToSpeaker',
  changeLabel: 'articleAnnotator.changeLabel',
  removeAnnotation: 'articleAnnotator.removeAnnotation',
  nextSuggestion: 'articleAnnotator.nextSuggestion',
  previousSuggestion: 'articleAnnotator.previousSuggestion',
  nextAnnotation: 'articleAnnotator.nextAnnotation',
  previousAnnotation: 'articleAnnotator.previousAnnotation',
  toggleSuggestions: 'articleAnnotator.toggleSuggestions',
  markTodo: 'articleAnnotator.markTodo',
  markInProgress: 'articleAnnotator.markInProgress',
  markDone: 'articleAnnotator.markDone',
  undoAnnotation: 'articleAnnotator.undoAnnotation',
  redoAnnotation: 'articleAnnotator.redoAnnotation',
  reattachOrphan: 'articleAnnotator.reattachOrphan',
  showLog: 'articleAnnotator.showLog',
} as const;

export type CommandId = (typeof CommandIds)[keyof typeof CommandIds];
