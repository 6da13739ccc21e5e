/**
 * zod/mini loads no locale (every message would read "Invalid input"); classic zod loads
 * English on its first schema. The model's schemas use zod/mini (a bundle then carries only
 * what they use: about 60 KB instead of classic zod's 460 KB) and load the English messages
 * here, once, so a refused config or item says what is wrong exactly as before. Imported for
 * its effect by every module that defines schemas; zod keeps the locale process-wide.
 */
import { en } from 'zod/locales';
import { config } from 'zod/mini';

config(en());
