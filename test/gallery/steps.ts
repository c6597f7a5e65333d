import type { Page } from '@playwright/test';

/** What a gallery shot does on its screen to reach the state it shows, shared by every list of shots. */
export const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name }).first();

export async function clickAndWaitForDialog(page: Page, name: string | RegExp): Promise<void> {
  await button(page, name).click();
  await page.getByRole('dialog').first().waitFor();
}

/** A dialog opened from a menu of the screen (its More, a row's Actions), e.g. More → Erase candidate…. */
export async function chooseAndWaitForDialog(page: Page, menu: string | RegExp, item: string | RegExp): Promise<void> {
  await button(page, menu).click();
  await page.getByRole('menuitem', { name: item }).click();
  await page.getByRole('dialog').first().waitFor();
}

/** A menu left open (More, a row's Actions), to show what it offers and that it fits the window. */
export async function openMenu(page: Page, menu: string | RegExp): Promise<void> {
  await button(page, menu).click();
  await page.getByRole('menu').waitFor();
}

/** Presses a form's submit with nothing filled in, to show how its errors read and where they stand. */
export async function submitAndWaitForErrors(page: Page, submit: string | RegExp): Promise<void> {
  await button(page, submit).click();
  await page.locator('[role="alert"], [aria-invalid="true"]').first().waitFor();
}
