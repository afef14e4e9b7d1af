/** A posting's title, linking to the posting in a new tab when its address is known. */
export function PostingTitle({ title, url }: { title: string; url: string | null }) {
  if (!url) return <>{title}</>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  );
}
