/**
 * Fetching a file the app ships (the dataset, the briefing) as text. A network failure or an HTTP error becomes the
 * caller's own error, with a message that says which: "could not be fetched (HTTP 404 Not Found)".
 */
export async function fetchText(url: string, signal: AbortSignal | undefined, fail: (message: string) => Error): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw fail(`could not be fetched (${detail})`);
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw fail(`could not be fetched (HTTP ${status})`);
  }
  return response.text();
}
