// /changes.csv answers exactly what /api/changes.csv answers (docs/changes.md).
export { GET } from '../api/changes.csv/route'
