// Stylesheets imported by components mean nothing to unit tests in Node.
module.exports = {};
