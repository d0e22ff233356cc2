import { render } from "./App";
import { test } from "vitest";

test("render tolerates a missing root", () => render(null));
