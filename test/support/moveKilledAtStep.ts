// Child process for the data-folder move test: runs the real move-at-start code and kills
// itself with SIGKILL right after the named step, as a crash or a power cut would stop it.
import { runPendingMove, type MoveStep } from '#electron/dataFolder/moveAtStart';

const [userDataDir, key, killAfter] = process.argv.slice(2);
if (!userDataDir || !key || !killAfter) throw new Error('usage: moveKilledAtStep USER_DATA KEY STEP');
runPendingMove({
  userDataDir,
  keyFor: () => key,
  now: () => new Date(),
  afterStep: (step: MoveStep) => {
    if (step === killAfter) process.kill(process.pid, 'SIGKILL');
  },
});
process.stdout.write('finished without being killed\n');
