import * as migration_20261129_034415_initial from './20261129_034415_initial';

export const migrations = [
  {
    up: migration_20261129_034415_initial.up,
    down: migration_20261129_034415_initial.down,
    name: '20261129_034415_initial'
  },
];
