import { useEffect, useState } from "react";

import { fetchHealth } from "./api";

export function App() {
  const [status, setStatus] = useState("loading");
  useEffect(() => {
    fetchHealth().then(setStatus, () => setStatus("down"));
  }, []);
  return (
    <main>
      <h1>{import.meta.env.VITE_APP_TITLE}</h1>
      <p>Backend: {status}</p>
    </main>
  );
}
