export * from './actors/index.js';
export { loadRoleNouns, type RoleNouns } from './roles/roleNouns.js';
export { findDataDir } from './dataDir.js';
