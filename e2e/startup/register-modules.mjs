import { register } from 'node:module';
register(new URL('./record-modules.mjs', import.meta.url));
