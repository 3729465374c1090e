// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src/ui/App.svelte';

describe('the page', () => {
  it('runs a typed command and shows what Docker prints', async () => {
    render(App);
    const input = screen.getByRole('textbox', { name: 'Terminal' });
    await fireEvent.input(input, { target: { value: 'docker volume create dbdata' } });
    await fireEvent.submit(input.closest('form')!);
    expect(screen.getByRole('log').textContent).toContain('dbdata');
  });
});
