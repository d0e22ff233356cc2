console.log(require("@shop/ui").page("demo"));
