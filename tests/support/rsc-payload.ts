/**
 * The RSC payload a page's HTML carries for hydration (the `self.__next_f.push([1, "…"])` scripts
 * Next writes after the markup), joined into its rows of text: what the browser parses before
 * React hydrates, and what tests read to see what a page sends twice.
 */
export function rscPayload(html: string): string {
  let payload = ''
  for (const script of html.matchAll(/<script[^>]*>(self\.__next_f\.push\(.*?\))<\/script>/gs)) {
    for (const push of script[1].matchAll(/self\.__next_f\.push\((\[.*?\])\)/gs)) {
      const [kind, text] = JSON.parse(push[1]) as [number, string?]
      if (kind === 1 && text) payload += text
    }
  }
  return payload
}
