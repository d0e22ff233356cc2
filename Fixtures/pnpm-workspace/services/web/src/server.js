const express = require("express");
const { page } = require("@shop/ui");

express().get("/", (_, res) => res.send(page("shop"))).listen(3000);
