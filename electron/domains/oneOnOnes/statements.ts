export { stmt } from '../../db/statements';
