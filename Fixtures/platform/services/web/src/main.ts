import { render } from "./App";

render(document.getElementById("app"));
