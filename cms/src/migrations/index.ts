import * as migration_20261129_034415_initial from './20261129_034415_initial';
import * as migration_20261129_054628_translation_tracking from './20261129_054628_translation_tracking';
import * as migration_20261201_220358_editorial_workflow from './20261201_220358_editorial_workflow';
import * as migration_20261201_232418_safeguarding from './20261201_232418_safeguarding';
import * as migration_20261202_141009_site_exported_contents from './20261202_141009_site_exported_contents';
import * as migration_20261202_143059_quick_exit_destination from './20261202_143059_quick_exit_destination';
import * as migration_20261202_143451_faq_block from './20261202_143451_faq_block';

export const migrations = [
  {
    up: migration_20261129_034415_initial.up,
    down: migration_20261129_034415_initial.down,
    name: '20261129_034415_initial',
  },
  {
    up: migration_20261129_054628_translation_tracking.up,
    down: migration_20261129_054628_translation_tracking.down,
    name: '20261129_054628_translation_tracking',
  },
  {
    up: migration_20261201_220358_editorial_workflow.up,
    down: migration_20261201_220358_editorial_workflow.down,
    name: '20261201_220358_editorial_workflow',
  },
  {
    up: migration_20261201_232418_safeguarding.up,
    down: migration_20261201_232418_safeguarding.down,
    name: '20261201_232418_safeguarding',
  },
  {
    up: migration_20261202_141009_site_exported_contents.up,
    down: migration_20261202_141009_site_exported_contents.down,
    name: '20261202_141009_site_exported_contents',
  },
  {
    up: migration_20261202_143059_quick_exit_destination.up,
    down: migration_20261202_143059_quick_exit_destination.down,
    name: '20261202_143059_quick_exit_destination',
  },
  {
    up: migration_20261202_143451_faq_block.up,
    down: migration_20261202_143451_faq_block.down,
    name: '20261202_143451_faq_block'
  },
];
