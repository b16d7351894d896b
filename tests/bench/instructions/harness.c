#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <valgrind/callgrind.h>
#include "sqlite3.h"
/* harness DB STATEMENTS [KEY STATEMENTS]: statements separated by a line "-- @@ label"; each run once to warm,
   then once measured (callgrind instrumentation on), its Ir dumped under its label. */
static char *slurp(const char *path){FILE*f=fopen(path,"rb");fseek(f,0,SEEK_END);long n=ftell(f);fseek(f,0,SEEK_SET);char*b=malloc(n+1);fread(b,1,n,f);b[n]=0;fclose(f);return b;}
static long run(sqlite3*db,const char*sql){sqlite3_stmt*st;if(sqlite3_prepare_v2(db,sql,-1,&st,0)!=SQLITE_OK){fprintf(stderr,"prepare: %s\n%s\n",sqlite3_errmsg(db),sql);exit(1);}long n=0;int rc;while((rc=sqlite3_step(st))==SQLITE_ROW)n++;if(rc!=SQLITE_DONE){fprintf(stderr,"step: %s\n",sqlite3_errmsg(db));exit(1);}sqlite3_finalize(st);return n;}
int main(int argc,char**argv){
  sqlite3*db; if(sqlite3_open_v2(argv[1],&db,SQLITE_OPEN_READONLY,0)!=SQLITE_OK)return 1;
  /* KEY: the statements that open the file, several allowed (SQLCipher: cipher, legacy and key pragmas). */
  if(argc>3){char*err=0;if(sqlite3_exec(db,argv[3],0,0,&err)!=SQLITE_OK){fprintf(stderr,"key: %s\n",err?err:"?");return 1;}}
  run(db,"PRAGMA cache_size=-131072");
  char*all=slurp(argv[2]); char*labels[4096]; char*stmts[4096]; int n=0;
  char*p=all; while((p=strstr(p,"-- @@ "))){p+=6;char*e=strchr(p,'\n');*e=0;labels[n]=p;stmts[n]=e+1;char*q=strstr(e+1,"-- @@ ");if(q){q[-1]=0;}n++;p=q?q:e+1+strlen(e+1);if(!q)break;}
  for(int i=0;i<n;i++)run(db,stmts[i]);
  for(int i=0;i<n;i++){CALLGRIND_ZERO_STATS;CALLGRIND_START_INSTRUMENTATION;long r=run(db,stmts[i]);CALLGRIND_STOP_INSTRUMENTATION;CALLGRIND_DUMP_STATS_AT(labels[i]);(void)r;}
  return 0;}
