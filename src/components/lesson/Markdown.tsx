// Renders the lessons' small markdown dialect as React elements — never as raw HTML, so lesson
// text cannot inject markup. Blocks: paragraphs and "- " lists. Inline: **bold**, *em*, `code`.
import type { ReactNode } from 'react';

const INLINE = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)/g;

export function inline(text: string): ReactNode[] {
  return text.split(INLINE).filter(Boolean).map((part, i) => {
    if (part.startsWith('**') && part.endsWith('**')) return <strong key={i}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('`') && part.endsWith('`')) return <code key={i}>{part.slice(1, -1)}</code>;
    if (part.startsWith('*') && part.endsWith('*') && part.length > 2) return <em key={i}>{part.slice(1, -1)}</em>;
    return part;
  });
}

export function Markdown({ text }: { text: string }) {
  const blocks = text.trim().split(/\n\s*\n/);
  return (
    <div className="prose">
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        const items = lines.filter((l) => l.startsWith('- '));
        if (items.length === 0) return <p key={i}>{inline(block.replace(/\n/g, ' '))}</p>;
        // A lead-in line before the list ("Try this:") stays a paragraph.
        const lead = lines.filter((l) => !l.startsWith('- ')).join(' ');
        return (
          <div key={i}>
            {lead && <p>{inline(lead)}</p>}
            <ul>{items.map((l, j) => <li key={j}>{inline(l.slice(2))}</li>)}</ul>
          </div>
        );
      })}
    </div>
  );
}
