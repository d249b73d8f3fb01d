// "Reload Team Configuration": reads every annotator.config.yaml of the workspace again now (the file
// watcher does it on its own; this is for file systems that do not report changes). Returns the
// number of configuration files in force.
import type { CorpusConfigs } from '../corpusConfigs';

export function reloadConfiguration(configs: CorpusConfigs): () => Promise<number> {
  return async () => {
    await configs.reload();
    return configs.count;
  };
}
