/** node:os for the page's worker: a user's project has no home or temporary folder there. */
export const tmpdir = () => '/tmp'
export const homedir = () => '/home'
export const userInfo = () => ({ username: 'browser' })
export const platform = () => 'browser'
const os = { tmpdir, homedir, userInfo, platform }
export default os
