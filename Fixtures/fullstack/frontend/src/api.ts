const baseUrl = import.meta.env.VITE_API_URL ?? "/api";

export async function fetchHealth(): Promise<string> {
  const response = await fetch(`${baseUrl}/health`);
  const body = (await response.json()) as { status: string };
  return body.status;
}
