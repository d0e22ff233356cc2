const { escape } = require("lodash");

exports.page = (title) => `<h1>${escape(title)}</h1>`;
