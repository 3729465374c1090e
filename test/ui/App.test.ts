// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import App from '../../src/ui/App.svelte';

// jsdom has no ResizeObserver, which Svelte's bind:clientWidth (the diagram's) needs.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

describe('the page', () => {
  it('runs a typed command and shows what Docker prints', async () => {
    render(App);
    const input = screen.getByRole('textbox', { name: 'Terminal' });
    await fireEvent.input(input, { target: { value: 'docker volume create dbdata' } });
    await fireEvent.submit(input.closest('form')!);
    // The page loads its command runner after the first paint; the line runs when it arrives.
    await vi.waitFor(() => expect(screen.getByRole('log').textContent).toContain('dbdata'));
  });

  it('has the toolbar, the terminal, the controls and the status region', () => {
    render(App);
    expect(screen.getByRole('heading', { level: 1, name: 'Container Data Lab' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Lab settings' })).toBeTruthy();
    expect(screen.getByRole('log')).toBeTruthy();
    expect(screen.getByRole('status')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'New container' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'New volume' })).toBeTruthy();
  });

  it('shows a clicked control as a command in the terminal', async () => {
    render(App);
    const form = within(screen.getByRole('form', { name: 'New volume' }));
    await fireEvent.input(form.getByRole('textbox', { name: /Volume name/ }), { target: { value: 'dbdata' } });
    await fireEvent.click(form.getByRole('button', { name: 'Create the volume' }));
    await vi.waitFor(() => expect(screen.getByRole('log').textContent).toContain('$ docker volume create dbdata'));
  });

  it('labels every input', () => {
    render(App);
    for (const field of document.querySelectorAll('input, select, textarea')) {
      const id = field.getAttribute('id');
      const labelled = field.closest('label') !== null || (id !== null && document.querySelector(`label[for="${id}"]`) !== null) || field.hasAttribute('aria-label');
      expect(labelled, field.outerHTML).toBe(true);
    }
  });
});
