/**
 * The lab's three stories (MySQL with and without a volume, a bind mount
 * edited on the host, a tmpfs after restart), written once against a
 * `Driver`, so the same story runs typed at the terminal, through the direct
 * controls, with the keyboard only and at phone width. Assertions use only
 * the interfaces the issue fixes: the diagram's data attributes, the
 * `role="status"` sentence, the terminal's `role="log"` output.
 */
import type { Locator, Page } from 'playwright-core';

const TIMEOUT = 5_000;

/** How a story does things: typed commands, or clicks on the direct controls. */
export interface Driver {
  /** The driver's name, for screenshots. */
  name: string;
  runContainer(spec: { name: string; image: string; volume?: string; bind?: string; tmpfs?: string; target?: string }): Promise<void>;
  createVolume(name: string): Promise<void>;
  writeFile(container: string, path: string, content: string): Promise<void>;
  /** Edits a file on the host (the bind story); controls without a host editor write through the container instead. */
  writeHostFile(hostPath: string, content: string, container: string, containerPath: string): Promise<void>;
  removeContainer(name: string): Promise<void>;
  restartContainer(name: string): Promise<void>;
  /** What `cat` prints for a file in a container, or null when the driver cannot read files (controls only). */
  readFile(container: string, path: string): Promise<string | null>;
}

export const container = (page: Page, name: string) => page.locator(`[data-kind="container"][data-name="${name}"]`);
export const files = (page: Page, path: string, store?: string) =>
  page.locator(`[data-kind="file"][data-path$="${path}"]${store === undefined ? '' : `[data-store${store.endsWith('*') ? '^' : ''}="${store.replace(/\*$/, '')}"]`}`);
export const statusRegion = (page: Page) => page.locator('[role="status"]').filter({ hasText: /\S/ }).first();

/** Waits until `locator` matches exactly `n` elements. */
export async function expectCount(locator: Locator, n: number, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT;
  let count = await locator.count();
  while (count !== n && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    count = await locator.count();
  }
  if (count !== n) throw new Error(`expected ${n} of ${what}, found ${count}`);
}

/** Waits until the status region says something matching `text`. */
export async function expectStatus(page: Page, text: string | RegExp): Promise<void> {
  const region = page.locator('[role="status"]');
  const deadline = Date.now() + TIMEOUT;
  let said: string[] = [];
  while (Date.now() < deadline) {
    said = await region.allTextContents();
    if (said.some((s) => (typeof text === 'string' ? s.includes(text) : text.test(s)))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`status should say ${text}; it says ${JSON.stringify(said)}`);
}

/** Waits until the terminal's log contains `text`. */
export async function expectLog(page: Page, text: string): Promise<void> {
  await page.getByRole('log').filter({ hasText: text }).first().waitFor({ timeout: TIMEOUT });
}

/** The MySQL story: without a volume the data goes with the container; with a named volume it stays. */
export async function mysqlStory(page: Page, driver: Driver): Promise<void> {
  await driver.runContainer({ name: 'db', image: 'mysql' });
  await container(page, 'db').and(page.locator('[data-state="running"]')).waitFor({ timeout: TIMEOUT });
  await driver.writeFile('db', '/var/lib/mysql/shop.ibd', 'orders');
  await expectCount(files(page, 'shop.ibd'), 1, 'shop.ibd chips after writing it');
  await driver.removeContainer('db');
  await expectCount(container(page, 'db'), 0, 'containers named db after rm');
  await expectStatus(page, /Removed container db: its writable layer \(\d+ files?\) is gone\. Anonymous volume [0-9a-f]{12} \(2 files\) is kept and now unused\./);
  await driver.runContainer({ name: 'db', image: 'mysql' });
  await container(page, 'db').waitFor({ timeout: TIMEOUT });
  // The new container has a new anonymous volume: the file is only in the old, unused one.
  await expectStatus(page, /New anonymous volume [0-9a-f]{12} is mounted at \/var\/lib\/mysql \(1 file copied from the image\)/);
  const gone = await driver.readFile('db', '/var/lib/mysql/shop.ibd');
  if (gone !== null && !gone.includes('No such file or directory')) throw new Error(`shop.ibd should be gone from the new db: ${gone}`);
  await driver.removeContainer('db');

  await driver.createVolume('dbdata');
  await page.locator('[data-kind="volume"][data-name="dbdata"]').waitFor({ timeout: TIMEOUT });
  await driver.runContainer({ name: 'db', image: 'mysql', volume: 'dbdata', target: '/var/lib/mysql' });
  await page.locator('[data-kind="mount"][data-type="volume"][data-target="/var/lib/mysql"]').first().waitFor({ timeout: TIMEOUT });
  await driver.writeFile('db', '/var/lib/mysql/shop.ibd', 'orders');
  await expectCount(files(page, 'shop.ibd', 'volume:dbdata'), 1, 'shop.ibd chips in volume dbdata');
  await driver.removeContainer('db');
  await expectStatus(page, /Removed container db: its writable layer \(\d+ files?\) is gone\. Volume dbdata \(2 files\) is kept and now unused\./);
  await expectCount(files(page, 'shop.ibd', 'volume:dbdata'), 1, 'shop.ibd chips in volume dbdata after rm');
  await driver.runContainer({ name: 'db', image: 'mysql', volume: 'dbdata', target: '/var/lib/mysql' });
  await expectStatus(page, 'Existing volume dbdata (2 files) is mounted at /var/lib/mysql: its data is there.');
  const kept = await driver.readFile('db', '/var/lib/mysql/shop.ibd');
  if (kept !== null && !kept.includes('orders')) throw new Error(`shop.ibd should be back: ${kept}`);
}

/** The bind-mount story: a file edited on the host is what the container serves. */
export async function bindStory(page: Page, driver: Driver): Promise<void> {
  await driver.runContainer({ name: 'web', image: 'nginx', bind: './site', target: '/usr/share/nginx/html' });
  await container(page, 'web').waitFor({ timeout: TIMEOUT });
  await page.locator('[data-kind="host-path"][data-path="/home/learner/site"]').waitFor({ timeout: TIMEOUT });
  await page.locator('[data-kind="mount"][data-type="bind"][data-target="/usr/share/nginx/html"]').first().waitFor({ timeout: TIMEOUT });
  await driver.writeHostFile('/home/learner/site/index.html', 'Hello from the host', 'web', '/usr/share/nginx/html/index.html');
  await expectCount(files(page, 'index.html', 'bind:*'), 1, 'index.html chips in the bind mount');
  await expectStatus(page, /~\/site\/index\.html added; container web at \/usr\/share\/nginx\/html sees it|\/usr\/share\/nginx\/html\/index\.html added/);
  const served = await driver.readFile('web', '/usr/share/nginx/html/index.html');
  if (served !== null && !served.includes('Hello from the host')) throw new Error(`the container should see the host file: ${served}`);
}

/** The tmpfs story: files in a tmpfs are gone after a restart, the container is not. */
export async function tmpfsStory(page: Page, driver: Driver): Promise<void> {
  await driver.runContainer({ name: 'cache', image: 'nginx', tmpfs: '/run/cache' });
  await container(page, 'cache').waitFor({ timeout: TIMEOUT });
  await page.locator('[data-kind="mount"][data-type="tmpfs"][data-target="/run/cache"]').first().waitFor({ timeout: TIMEOUT });
  await driver.writeFile('cache', '/run/cache/page', 'hot');
  await expectCount(files(page, 'page', 'tmpfs'), 1, 'page chips in the tmpfs');
  await driver.restartContainer('cache');
  await expectStatus(page, /Restarted container cache: its writable layer \(\d+ files?\) is kept and its tmpfs at \/run\/cache \(1 file\) is emptied\./);
  await expectCount(files(page, 'page', 'tmpfs'), 0, 'page chips in the tmpfs after restart');
  await container(page, 'cache').and(page.locator('[data-state="running"]')).waitFor({ timeout: TIMEOUT });
}

export const STORIES = { mysql: mysqlStory, bind: bindStory, tmpfs: tmpfsStory };

/** The docker command for a new container, as the terminal driver types it. */
export function runCommand(spec: Parameters<Driver['runContainer']>[0]): string {
  const mounts = [
    spec.volume === undefined ? '' : ` -v ${spec.volume}:${spec.target}`,
    spec.bind === undefined ? '' : ` -v ${spec.bind}:${spec.target}`,
    spec.tmpfs === undefined ? '' : ` --tmpfs ${spec.tmpfs}`,
  ].join('');
  const command = spec.image === 'busybox' ? ' sleep 100000' : '';
  return `docker run -d --name ${spec.name}${mounts} ${spec.image}${command}`;
}

/** Types commands at the terminal: with `fill` and Enter, or key by key. */
export function terminalDriver(page: Page, name: string, mode: 'fill' | 'keys' = 'fill'): Driver {
  const input = page.getByRole('textbox', { name: 'Terminal', exact: true }).or(page.getByRole('combobox', { name: 'Terminal', exact: true }));
  const run = async (line: string) => {
    const before = await page.getByRole('log').textContent();
    if (mode === 'fill') await input.fill(line);
    else await page.keyboard.type(line);
    await page.keyboard.press('Enter');
    // The line is done when the log shows it (the engine runs synchronously, Svelte updates on the next tick).
    const deadline = Date.now() + TIMEOUT;
    while ((await page.getByRole('log').textContent()) === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  };
  const output = async (line: string) => {
    await run(line);
    await expectLog(page, line);
    return (await page.getByRole('log').textContent()) ?? '';
  };
  return {
    name,
    runContainer: (spec) => run(runCommand(spec)),
    createVolume: (volume) => run(`docker volume create ${volume}`),
    writeFile: (c, path, content) => run(`docker exec ${c} sh -c 'echo ${content} > ${path}'`),
    writeHostFile: (hostPath, content) => run(`echo '${content}' > ${hostPath.replace('/home/learner/', '')}`),
    removeContainer: (c) => run(`docker rm -f ${c}`),
    restartContainer: (c) => run(`docker restart ${c}`),
    readFile: async (c, path) => {
      const log = await output(`docker exec ${c} cat ${path}`);
      // Only what the last command printed: the text after its line.
      return log.slice(log.lastIndexOf(`cat ${path}`) + `cat ${path}`.length);
    },
  };
}

/**
 * Clicks (or, with `keys`, tabs to and presses) the direct controls: the
 * "New container" and "New volume" forms and the selected container's
 * buttons. Nothing is typed at the terminal.
 */
export function controlsDriver(page: Page, name: string, mode: 'pointer' | 'keys' = 'pointer'): Driver {
  const newContainer = page.locator('form').filter({ has: page.getByRole('heading', { name: 'New container' }) });
  const newVolume = page.locator('form').filter({ has: page.getByRole('heading', { name: 'New volume' }) });
  const chosen = page.getByRole('combobox', { name: /^Selected container/ });

  /** Moves the focus with Tab until it is on `target`: what a keyboard user does. */
  const tabTo = async (target: Locator) => {
    await target.waitFor({ timeout: TIMEOUT });
    for (let i = 0; i < 400; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target}`);
  };
  const press = async (button: Locator, key: 'Enter' | 'Space' = 'Enter') => {
    if (mode === 'pointer') return button.click();
    await tabTo(button);
    await page.keyboard.press(key);
  };
  const fill = async (field: Locator, text: string) => {
    if (mode === 'pointer') return field.fill(text);
    await tabTo(field);
    await page.keyboard.press('ControlOrMeta+A');
    if (text === '') await page.keyboard.press('Backspace');
    else await page.keyboard.type(text);
  };
  /** Picks the option whose text starts with `text`: by type-ahead on the focused select with the keyboard. */
  const choose = async (select: Locator, text: string) => {
    const value = await select.evaluate(
      (el, text) => [...(el as HTMLSelectElement).options].find((o) => o.text === text || o.text.startsWith(`${text} (`))?.value ?? null,
      text,
    );
    if (value === null) throw new Error(`no option ${text} in ${select}`);
    if (mode === 'pointer') {
      await select.selectOption(value);
      return;
    }
    if ((await select.evaluate((el) => (el as HTMLSelectElement).value)) === value) return;
    await tabTo(select);
    // Type-ahead: a closed select jumps to the next option starting with what is typed; Home first, so it is the first one.
    await page.keyboard.press('Home');
    await page.keyboard.type(text, { delay: 20 });
    const picked = await select.evaluate((el) => (el as HTMLSelectElement).value);
    if (picked !== value) throw new Error(`type-ahead picked ${picked}, not ${text}`);
  };
  const select = async (container: string) => {
    const current = await chosen.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text ?? '');
    if (!current.startsWith(`${container} (`)) await choose(chosen, container);
  };
  const action = (label: string) => page.getByRole('group', { name: /^Lifecycle of / }).getByRole('button', { name: label, exact: true });
  const write = async (container: string, path: string, content: string) => {
    await select(container);
    await fill(page.getByLabel('Path in the container'), path);
    await fill(page.getByLabel('Text', { exact: true }), content);
    await press(page.getByRole('button', { name: 'Write the file' }));
  };
  return {
    name,
    runContainer: async (spec) => {
      await choose(newContainer.getByRole('combobox', { name: /^Image/ }), spec.image);
      await fill(newContainer.getByLabel('Name', { exact: true }), spec.name);
      await fill(newContainer.getByLabel(/^Named volumes/), spec.volume === undefined ? '' : `${spec.volume}:${spec.target}`);
      await fill(newContainer.getByLabel(/^Bind mounts/), spec.bind === undefined ? '' : `${spec.bind.replace(/^\.\//, '/home/learner/')}:${spec.target}`);
      await fill(newContainer.getByLabel(/^tmpfs paths/), spec.tmpfs ?? '');
      await press(newContainer.getByRole('button', { name: 'Run the container' }), 'Space');
      await container(page, spec.name).waitFor({ timeout: TIMEOUT });
    },
    createVolume: async (volume) => {
      await fill(newVolume.getByLabel(/^Volume name/), volume);
      await press(newVolume.getByRole('button', { name: 'Create the volume' }));
    },
    writeFile: write,
    writeHostFile: async (hostPath, content) => {
      const form = page.getByRole('form', { name: 'Write a file on the host' });
      await fill(form.getByLabel(/^Path on the host/), hostPath.replace(/^\/home\/learner\//, ''));
      await fill(form.getByLabel('Host file text'), content);
      await press(form.getByRole('button', { name: 'Write on the host' }));
    },
    removeContainer: async (c) => {
      await select(c);
      await press(action('Force remove (-f)'));
    },
    restartContainer: async (c) => {
      await select(c);
      await press(action('Restart'), 'Space');
    },
    readFile: async () => null,
  };
}
