import { useId, useState, type FormEvent } from 'react';

/** One labelled text area and a submit button; cleared once the action succeeded. */
export function TextForm({ label, submit, onSubmit }: { label: string; submit: string; onSubmit: (text: string) => Promise<boolean> }) {
  const id = useId();
  const [text, setText] = useState('');
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSubmit(text)) setText('');
  };
  return (
    <form onSubmit={(e) => void send(e)} className="flex flex-col gap-2">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} className="border p-2" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="dads-button self-start">{submit}</button>
    </form>
  );
}
