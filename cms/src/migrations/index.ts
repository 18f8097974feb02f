import * as migration_20261129_024003_initial from './20261129_024003_initial';

export const migrations = [
  {
    up: migration_20261129_024003_initial.up,
    down: migration_20261129_024003_initial.down,
    name: '20261129_024003_initial'
  },
];
