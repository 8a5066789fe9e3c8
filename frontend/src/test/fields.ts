import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';

/** A field's accessible name: its label, with or without the required-field asterisk. */
export function named(label: string) {
  return new RegExp(`^${label}\\s*\\*?$`);
}

export function textbox(label: string, container: HTMLElement = document.body) {
  return within(container).getByRole('textbox', { name: named(label) });
}

export function combobox(label: string, container: HTMLElement = document.body) {
  return within(container).getByRole('combobox', { name: named(label) });
}

/** Opens a Mantine select and picks the option. */
export async function choose(label: string, option: string, container?: HTMLElement) {
  await userEvent.click(combobox(label, container));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

/** Types the text at once, as pasting does; the fields treat it as typing. */
export async function enter(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

/** Mantine marks a wrong field invalid and describes it with the message. */
export function expectError(element: HTMLElement, message: string) {
  expect(element).toHaveAttribute('aria-invalid', 'true');
  expect(element).toHaveAccessibleDescription(expect.stringContaining(message));
}
