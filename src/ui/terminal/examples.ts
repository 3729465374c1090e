/**
 * Example stories, as data: each is a short sequence of commands that shows
 * what happens to data. The terminal offers them as buttons that insert the
 * command at the prompt; a test replays every story against the engine.
 */

export interface ExampleStep {
  command: string;
  /** The exit code the engine gives when the story is replayed in order from an empty lab. */
  exitCode: number;
}

export interface ExampleStory {
  id: string;
  title: string;
  /** One sentence on what the story shows. */
  lesson: string;
  steps: ExampleStep[];
}

const ok = (command: string): ExampleStep => ({ command, exitCode: 0 });

export const EXAMPLE_STORIES: readonly ExampleStory[] = [
  {
    id: 'mysql',
    title: 'MySQL: without and with a volume',
    lesson: "A container's writable layer goes with the container; a named volume stays.",
    steps: [
      ok('docker run -d --name db mysql'),
      ok("docker exec db sh -c 'echo orders > /var/lib/mysql/shop.ibd'"),
      ok('docker rm -f db'),
      ok('docker run -d --name db mysql'),
      { command: 'docker exec db cat /var/lib/mysql/shop.ibd', exitCode: 1 },
      ok('docker rm -f db'),
      ok('docker volume create dbdata'),
      ok('docker run -d --name db -v dbdata:/var/lib/mysql mysql'),
      ok("docker exec db sh -c 'echo orders > /var/lib/mysql/shop.ibd'"),
      ok('docker rm -f db'),
      ok('docker run -d --name db -v dbdata:/var/lib/mysql mysql'),
      ok('docker exec db cat /var/lib/mysql/shop.ibd'),
    ],
  },
  {
    id: 'bind',
    title: 'Bind mount: a host folder inside a container',
    lesson: 'The container sees the host folder itself: edit it on the host and the container sees the change.',
    steps: [
      ok('mkdir site'),
      ok('echo hello > site/index.html'),
      ok('docker run -d --name web -v /home/learner/site:/usr/share/nginx/html nginx'),
      ok('docker exec web cat /usr/share/nginx/html/index.html'),
      ok('echo changed > site/index.html'),
      ok('docker exec web cat /usr/share/nginx/html/index.html'),
      ok('docker rm -f web'),
      ok('cat site/index.html'),
    ],
  },
  {
    id: 'tmpfs',
    title: 'tmpfs: memory that a restart empties',
    lesson: 'A tmpfs mount lives in memory: its files are gone after every restart.',
    steps: [
      ok('docker run -d --name cache --tmpfs /scratch redis'),
      ok("docker exec cache sh -c 'echo session > /scratch/note'"),
      ok('docker exec cache ls /scratch'),
      ok('docker restart cache'),
      ok('docker exec cache ls /scratch'),
    ],
  },
];
