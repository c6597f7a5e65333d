/**
 * A recording stand-in for the parts of Electron's API the main process uses, for
 * test/integration/mainBoot.test.ts. It runs inside a plain Node process in place of the
 * `electron` module (see register.mjs), records what the built main bundle asks of it, and
 * answers the test over the fork IPC channel: "report" (what was recorded), "invoke" (call a
 * registered ipcMain handler as a given sender), "serve" (ask the app:// protocol handler for
 * a URL), "harden" (hand the web-contents-created listeners a contents to harden), "quit".
 * Nothing here decides anything the app decides: it only records and relays.
 */
import { EventEmitter } from 'node:events';

const record = {
  singleInstanceLock: 0,
  privilegedSchemes: [],
  protocolHandlers: {},
  ipcHandlers: new Map(),
  windows: [],
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  timers: [],
  errorBoxes: [],
  exitCodes: [],
  quitCalls: 0,
  sentToWindow: [],
  openDialogs: [],
  relaunches: 0,
};

// Timers of a minute or more are the app's schedules: recorded, never run (the process must not
// wait an hour). Shorter ones (libraries' debounces) run as usual.
const LONG_MS = 30_000;
const realSetTimeout = globalThis.setTimeout;
const realSetInterval = globalThis.setInterval;
const fakeHandle = () => ({ unref() {}, ref() {}, hasRef: () => false, [Symbol.toPrimitive]: () => 0 });
globalThis.setTimeout = (fn, ms, ...args) => {
  if (ms >= LONG_MS) {
    record.timers.push({ kind: 'timeout', ms });
    return fakeHandle();
  }
  return realSetTimeout(fn, ms, ...args);
};
globalThis.setInterval = (fn, ms, ...args) => {
  if (ms >= LONG_MS) {
    record.timers.push({ kind: 'interval', ms });
    return fakeHandle();
  }
  return realSetInterval(fn, ms, ...args);
};

class App extends EventEmitter {
  requestSingleInstanceLock() {
    record.singleInstanceLock += 1;
    return true;
  }
  whenReady() {
    return Promise.resolve();
  }
  getPath(name) {
    if (name !== 'userData') throw new Error(`stand-in: app.getPath('${name}') is not modelled`);
    return process.env.STAND_IN_USER_DATA;
  }
  getVersion() {
    return '0.0.0-boot-test';
  }
  getName() {
    return 'Cairn';
  }
  /** Electron emits before-quit, then will-quit, once the windows are closed. */
  quit() {
    record.quitCalls += 1;
    this.emit('before-quit', { preventDefault() {} });
    this.emit('will-quit', { preventDefault() {} });
  }
  exit(code = 0) {
    record.exitCodes.push(code);
  }
  relaunch() {
    record.relaunches += 1;
  }
}
export const app = new App();

class WebContents extends EventEmitter {
  send(channel, ...args) {
    record.sentToWindow.push({ channel, args });
  }
  setWindowOpenHandler() {}
  executeJavaScript() {
    return Promise.resolve();
  }
}

export class BrowserWindow extends EventEmitter {
  static all = [];
  static getAllWindows() {
    return [...BrowserWindow.all];
  }
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.loadedUrl = null;
    BrowserWindow.all.push(this);
    record.windows.push(this);
  }
  loadURL(url) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  maximize() {}
  isMaximized() {
    return false;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {}
  focus() {}
  getNormalBounds() {
    return { x: 0, y: 0, width: 1200, height: 800 };
  }
}

export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    record.protocolHandlers[scheme] = handler;
  },
};

export const ipcMain = {
  handle(channel, handler) {
    if (record.ipcHandlers.has(channel)) throw new Error(`stand-in: ${channel} registered twice`);
    record.ipcHandlers.set(channel, handler);
  },
  // electron-store listens for its renderer helper; Cairn's renderer never asks.
  on() {},
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      record.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      record.permissionCheckHandler = handler;
    },
  },
};

export const shell = {
  openExternal(url) {
    record.openedExternally = url;
    return Promise.resolve();
  },
};

export const dialog = {
  showErrorBox(title, content) {
    record.errorBoxes.push({ title, content });
  },
  /** The system's folder picker: answers the folder the test named in STAND_IN_PICKED_FOLDER (none: cancelled). */
  async showOpenDialog(...args) {
    const options = args.length > 1 ? args[1] : args[0];
    record.openDialogs.push({ properties: options.properties, withWindow: args.length > 1 });
    const folder = process.env.STAND_IN_PICKED_FOLDER;
    return folder ? { canceled: false, filePaths: [folder] } : { canceled: true, filePaths: [] };
  },
};

/** The system clipboard: holds text, as the real one does. */
let clipboardText = '';
export const clipboard = {
  writeText(text) {
    clipboardText = text;
  },
  readText: () => clipboardText,
  clear() {
    clipboardText = '';
  },
};

/** An OS key store that seals by reversible wrapping: enough for the vault to make and reopen a key. */
export const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (plain) => Buffer.from(`sealed:${plain}`),
  decryptString: (sealed) =>
    Buffer.from(sealed)
      .toString()
      .replace(/^sealed:/, ''),
};

export class Notification extends EventEmitter {
  static isSupported() {
    return false;
  }
}

export default {
  app,
  BrowserWindow,
  clipboard,
  screen,
  protocol,
  ipcMain,
  session,
  shell,
  dialog,
  safeStorage,
  Notification,
};

// ---- the test's side of the channel -------------------------------------------------------

async function answer(message) {
  switch (message.type) {
    case 'report':
      return {
        singleInstanceLock: record.singleInstanceLock,
        privilegedSchemes: record.privilegedSchemes,
        protocolSchemes: Object.keys(record.protocolHandlers),
        ipcChannels: [...record.ipcHandlers.keys()],
        windows: record.windows.map((w) => ({ options: w.options, loadedUrl: w.loadedUrl })),
        permissionHandlersSet: Boolean(record.permissionRequestHandler && record.permissionCheckHandler),
        permissionGranted: await new Promise((resolve) => record.permissionRequestHandler?.(null, 'media', resolve)),
        permissionCheck: record.permissionCheckHandler?.(),
        webContentsCreatedListeners: app.listenerCount('web-contents-created'),
        willQuitListeners: app.listenerCount('will-quit'),
        timers: record.timers,
        errorBoxes: record.errorBoxes,
        exitCodes: record.exitCodes,
        openDialogs: record.openDialogs,
        relaunches: record.relaunches,
        quitCalls: record.quitCalls,
      };
    case 'invoke': {
      const handler = record.ipcHandlers.get(message.channel);
      if (!handler) return { unregistered: true };
      const sender = new WebContents();
      const event = {
        sender,
        senderFrame: { url: message.frameUrl, parent: message.topFrame ? null : { url: message.frameUrl } },
      };
      const result = await handler(event, message.payload);
      return { result, sent: record.sentToWindow.splice(0) };
    }
    case 'serve': {
      const response = await record.protocolHandlers[message.scheme](new Request(message.url));
      const body = await response.text();
      return { status: response.status, headers: Object.fromEntries(response.headers), body: body.slice(0, 4000) };
    }
    case 'harden': {
      const contents = new WebContents();
      let windowOpenHandler = null;
      contents.setWindowOpenHandler = (h) => (windowOpenHandler = h);
      app.emit('web-contents-created', {}, contents);
      const navigate = (url) => {
        let prevented = false;
        contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
        return prevented;
      };
      return {
        blocksOutside: navigate('https://example.com/'),
        allowsOwnPages: !navigate('app://cairn/index.html'),
        newWindow: windowOpenHandler?.({ url: 'https://example.com/' }),
      };
    }
    case 'quit':
      app.quit();
      return { quit: true };
    default:
      throw new Error(`stand-in: unknown message ${message.type}`);
  }
}

process.on('message', (message) => {
  answer(message).then(
    (value) => process.send({ id: message.id, value }),
    (error) => process.send({ id: message.id, error: String(error?.stack ?? error) }),
  );
});
