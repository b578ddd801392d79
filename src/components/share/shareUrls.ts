// The links the Share buttons hand out: the playground itself and the embed widget, both with the
// whole state of the run in the fragment.
import { encodeShare, type SharedState } from '../../share/shareLink';

/** The page's own directory, so links work when the site is served from a sub-path. */
function baseHref(location: Pick<Location, 'origin' | 'pathname'>): string {
  const dir = location.pathname.replace(/[^/]*$/, '');
  return `${location.origin}${dir}`;
}

export function playgroundUrl(state: SharedState, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${baseHref(location)}#${encodeShare(state)}`;
}

export function embedUrl(state: SharedState, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${baseHref(location)}embed.html#${encodeShare(state)}`;
}

export function embedSnippet(url: string, title: string): string {
  const safeTitle = title.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
  return `<iframe src="${url}" title="${safeTitle}" width="100%" height="520" style="border:0;max-width:900px" loading="lazy"></iframe>\n` +
    '<script>addEventListener("message",e=>{if(e.data&&e.data.rp===1&&e.data.type==="resize")' +
    'for(const f of document.querySelectorAll("iframe"))if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})</script>';
}
