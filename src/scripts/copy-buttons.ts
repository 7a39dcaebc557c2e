/**
 * Copy buttons for message templates. The buttons are hidden in the HTML and shown here, so a reader without
 * JavaScript never meets a button that does nothing (they can still select the text). Messages come from the
 * button's data attributes, which the page fills from the UI dictionary.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy!);
  const status = document.querySelector<HTMLElement>(`[data-copy-status="${button.dataset.copy}"]`);
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(source.innerText.trim()).then(
      () => status && (status.textContent = button.dataset.copied ?? ''),
      () => status && (status.textContent = button.dataset.failed ?? ''),
    );
  });
}
