'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/app/_forms/json-fetch';

/** A reviewer notes the page is gone at its address; the stored snapshot stays. */
export function MarkRemoved({ documentId, version, removed }: { documentId: number; version: number; removed: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  const toggle = async () => {
    const res = await sendJson('PATCH', `/api/v1/documents/${documentId}`, { removedAtSource: !removed, version });
    if (res.ok) router.refresh();
    else setMessage(res.message);
  };
  return (
    <p>
      <button type="button" className="button button-secondary" onClick={toggle}>
        {removed ? 'Unmark “removed at source”' : 'Mark removed at source (noticed today)'}
      </button>
      {message && <span role="status" className="small"> {message}</span>}
    </p>
  );
}
