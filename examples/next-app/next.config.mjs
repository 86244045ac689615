/** Pages rendered on the server at build time, served as static files (`out/`). */
export default {
  output: 'export',
};
