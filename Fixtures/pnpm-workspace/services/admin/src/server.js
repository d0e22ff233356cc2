const Koa = require("koa");
const { page } = require("@shop/ui");

new Koa().use((ctx) => { ctx.body = page("admin"); }).listen(3001);
