# title: docker volume with no subcommand, an unknown subcommand, and unknown flags
# docs: https://docs.docker.com/reference/cli/docker/volume/
$ docker volume

Usage:  docker volume COMMAND

Manage volumes

Commands:
  create      Create a volume
  inspect     Display detailed information on one or more volumes
  ls          List volumes
  prune       Remove unused local volumes
  rm          Remove one or more volumes

Run 'docker volume COMMAND --help' for more information on a command.
$ docker volume bogus

Usage:  docker volume COMMAND

Manage volumes

Commands:
  create      Create a volume
  inspect     Display detailed information on one or more volumes
  ls          List volumes
  prune       Remove unused local volumes
  rm          Remove one or more volumes
  update      Update a volume (cluster volumes only)

Run 'docker volume COMMAND --help' for more information on a command.
[exit 1]
$ docker volume ls --bogus
unknown flag: --bogus
See 'docker volume ls --help'.
[exit 125]
$ docker volume ls extra
"docker volume ls" accepts no arguments.
See 'docker volume ls --help'.

Usage:  docker volume ls [OPTIONS]

List volumes
[exit 1]
