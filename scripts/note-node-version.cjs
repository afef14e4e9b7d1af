// npm runs dependencies' engine checks against the node that runs npm; `npm start` and the other
// scripts run Atlas on Node 24 through scripts/node.sh, so an older node here only needs one line.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.log(
    `Note: npm runs on Node ${process.versions.node} here; Atlas needs 22.12 or newer and its npm scripts run it on Node 24 (scripts/ensure-node.sh fetches it on first start).`,
  );
}
