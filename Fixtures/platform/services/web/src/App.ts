export function render(root: HTMLElement | null): void {
  if (root) root.textContent = "platform";
}
